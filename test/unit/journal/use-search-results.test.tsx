// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../../renderer/src/search/filters';
import type { SearchAnswer } from '../../../renderer/src/search/searchService';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The search service by hand: the test decides when (and whether) each request is answered. */
const service = vi.hoisted(() => ({
  version: 0,
  listeners: new Set<() => void>(),
  asked: [] as { query: string; answer: (a: SearchAnswer) => void }[],
}));
vi.mock('../../../renderer/src/search/searchService', () => ({
  isSearchReady: () => false,
  searchVersion: () => service.version,
  subscribeSearch: (fn: () => void) => {
    service.listeners.add(fn);
    return () => service.listeners.delete(fn);
  },
  startSearchIndex: () => {},
  streamSearch: (query: string, _f: unknown, onAnswer: (a: SearchAnswer) => void) => {
    service.asked.push({ query, answer: onAnswer });
  },
}));

const { useSearchResults } = await import('../../../renderer/src/journal/useSearchIndexVersion');

const answer = (total: number): SearchAnswer => ({
  hits: [],
  total,
  complete: false,
  indexed: total,
  scope: 'all',
  recentSize: 0,
  final: true,
});

let seen: ({ query: string; total: number } | undefined)[] = [];
function Probe({ query }: { query: string }) {
  const result = useSearchResults(query, NO_FILTERS, 30);
  seen.push(result && { query: result.query, total: result.answer.total });
  return null;
}

describe('useSearchResults', () => {
  let root: Root;
  beforeEach(() => {
    seen = [];
    service.asked = [];
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => act(() => root.unmount()));

  it('keeps an answer for the same text that a build re-ask overtook, never an older one', async () => {
    await act(async () => root.render(<Probe query="gro" />));
    // The index grew: the same text is asked again before the first answer arrived.
    await act(async () => {
      service.version++;
      for (const fn of service.listeners) fn();
    });
    expect(service.asked.map((a) => a.query)).toEqual(['gro', 'gro']);
    await act(async () => service.asked[0]!.answer(answer(5)));
    expect(seen.at(-1)).toEqual({ query: 'gro', total: 5 });
    await act(async () => service.asked[1]!.answer(answer(7)));
    expect(seen.at(-1)).toEqual({ query: 'gro', total: 7 });
    // A late answer of the first request no longer replaces the newer one…
    await act(async () => service.asked[0]!.answer(answer(6)));
    expect(seen.at(-1)).toEqual({ query: 'gro', total: 7 });
    // …nor does any answer for a text no longer in the box.
    await act(async () => root.render(<Probe query="grow" />));
    await act(async () => service.asked[1]!.answer(answer(9)));
    expect(seen.at(-1)).toEqual({ query: 'gro', total: 7 });
    await act(async () => service.asked[2]!.answer(answer(3)));
    expect(seen.at(-1)).toEqual({ query: 'grow', total: 3 });
  });
});
