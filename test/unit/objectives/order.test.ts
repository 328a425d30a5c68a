import { describe, expect, it } from 'vitest';
import { orderBetween, orderForMove } from '../../../shared/domain/order';

describe('fractional order', () => {
  it('places between, before and after neighbours', () => {
    expect(orderBetween(undefined, undefined)).toBe(1);
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(undefined, 1)).toBe(0);
    expect(orderBetween(3, undefined)).toBe(4);
  });

  it('moves an item one step up or down, and refuses to move past the ends', () => {
    const orders = [1, 2, 3];
    const up = orderForMove(orders, 2, -1)!;
    expect(up > 1 && up < 2).toBe(true);
    const down = orderForMove(orders, 0, 1)!;
    expect(down > 2 && down < 3).toBe(true);
    expect(orderForMove(orders, 1, -1)).toBeLessThan(1);
    expect(orderForMove(orders, 1, 1)).toBeGreaterThan(3);
    expect(orderForMove(orders, 0, -1)).toBeNull();
    expect(orderForMove(orders, 2, 1)).toBeNull();
  });
});
