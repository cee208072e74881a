import { describe, expect, it } from 'vitest';

import { type DisclosureNode, suppress } from './suppress.js';

const node = (n: number, visible: boolean, children: DisclosureNode[] = []): DisclosureNode => ({
  n,
  visible,
  children,
});

describe('suppress', () => {
  it('hides the smallest visible siblings until the hidden ones hold at least the minimum', () => {
    const small = node(1, false);
    const four = node(4, true);
    const three = node(3, true);
    const ten = node(10, true);
    suppress(node(18, true, [small, four, three, ten]), 3);
    expect([small, four, three, ten].map((c) => c.visible)).toEqual([false, true, false, true]);
  });

  it('leaves the children alone when nothing, or enough, is hidden', () => {
    const children = [node(3, true), node(5, true), node(0, false)];
    suppress(node(8, true, children), 3);
    expect(children.map((c) => c.visible)).toEqual([true, true, false]);
    const withHidden = [node(3, false), node(3, true)];
    suppress(node(6, true, withHidden), 3);
    expect(withHidden.map((c) => c.visible)).toEqual([false, true]);
  });

  it('hides every descendant of a hidden figure, also one hidden only to protect a sibling', () => {
    const grandchild = node(4, true);
    const parent = node(4, true, [grandchild]);
    const lone = node(2, false);
    suppress(node(6, true, [parent, lone]), 3);
    expect(parent.visible).toBe(false);
    expect(grandchild.visible).toBe(false);
  });
});
