import { dueLessons } from '../../renderer/src/db/repo/lessons';

/**
 * The Insights part of the benchmark page, apart from page.ts: Today's query for the
 * lessons to resurface, through the repository, timed on the generated journal.
 */
export interface GroveBenchInsights {
  dueLessonsTimes(today: string, runs: number): Promise<{ times: number[]; shown: number }>;
}

const api: GroveBenchInsights = {
  async dueLessonsTimes(today, runs) {
    const times: number[] = [];
    let shown = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      shown = (await dueLessons(today)).length;
      times.push(performance.now() - start);
    }
    return { times, shown };
  },
};

(window as unknown as { groveBenchInsights: GroveBenchInsights }).groveBenchInsights = api;
