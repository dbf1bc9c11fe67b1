import { describe, expect, it } from 'vitest';
import { rowsInView } from './rows-in-view.js';

describe(rowsInView.name, () => {
  it('covers the view at the shortest row height, plus the overscan', () => {
    expect(rowsInView(0, 480, 48, 10)).toBe(20);
    expect(rowsInView(0, 481, 48, 10)).toBe(21);
  });

  it('grows as the list is scrolled down', () => {
    expect(rowsInView(960, 480, 48, 10)).toBe(40);
  });

  it('renders the overscan alone before the view is measured', () => {
    expect(rowsInView(0, 0, 48, 10)).toBe(10);
  });
});
