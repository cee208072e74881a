import { expect, type Locator } from '@playwright/test';

/**
 * Every label of a chart lies whole inside the chart's own box and no two labels overlap, so a
 * factor name is never cut off or run into its neighbour; `what` names the chart in a failure.
 */
export async function expectLabelsFit(chart: Locator, labels: string, what: string): Promise<void> {
  const boxes = await chart.evaluate((figure, selector) => {
    const outer = figure.getBoundingClientRect();
    return {
      outer: { left: outer.left, right: outer.right },
      labels: [...figure.querySelectorAll(selector)].map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    };
  }, labels);
  expect(boxes.labels.length, what).toBeGreaterThan(10);
  for (const l of boxes.labels) {
    expect(l.left, `${what}: ‘${l.text}’ starts outside the chart`).toBeGreaterThanOrEqual(
      boxes.outer.left - 0.5,
    );
    expect(l.right, `${what}: ‘${l.text}’ ends outside the chart`).toBeLessThanOrEqual(
      boxes.outer.right + 0.5,
    );
  }
  const byTop = [...boxes.labels].sort((a, b) => a.top - b.top);
  for (let i = 1; i < byTop.length; i++) {
    const [a, b] = [byTop[i - 1], byTop[i]];
    if (a !== undefined && b !== undefined)
      expect(a.bottom, `${what}: ‘${a.text}’ runs into ‘${b.text}’`).toBeLessThanOrEqual(b.top + 0.5);
  }
}
