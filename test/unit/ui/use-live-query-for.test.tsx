// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLiveQueryFor } from '../../../renderer/src/ui/useLiveQueryFor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A query answer the test releases by hand, so "still computing" is a state it can look at. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let seen: { value: string | undefined; latest: string | undefined }[] = [];
function Probe({ period, answer }: { period: string; answer: Promise<string> }) {
  const result = useLiveQueryFor(() => answer, period);
  seen.push(result);
  return null;
}

describe('useLiveQueryFor', () => {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    seen = [];
    host = document.createElement('div');
    root = createRoot(host);
  });
  afterEach(() => act(() => root.unmount()));

  const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

  it('never hands out the answer for old inputs while the new one is computed', async () => {
    const october = deferred<string>();
    await act(async () => root.render(<Probe period="october" answer={october.promise} />));
    expect(seen.at(-1)).toEqual({ value: undefined, latest: undefined });
    october.resolve('summary of october');
    await settle();
    expect(seen.at(-1)).toEqual({ value: 'summary of october', latest: 'summary of october' });

    // The period changes; its summary is not ready yet. Saving now must not save October's.
    const november = deferred<string>();
    await act(async () => root.render(<Probe period="november" answer={november.promise} />));
    await settle();
    expect(seen.at(-1)).toEqual({ value: undefined, latest: 'summary of october' });

    november.resolve('summary of november');
    await settle();
    expect(seen.at(-1)).toEqual({ value: 'summary of november', latest: 'summary of november' });
  });
});
