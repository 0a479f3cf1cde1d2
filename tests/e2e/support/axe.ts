/**
 * axe-core in a real page: the serious and critical violations it reports, optionally only those
 * on Brightside's own elements (its shadow roots on a news page, which is not ours to judge).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Nodes inside one of Brightside's elements on a page (`brightside-badge`, its toast, ...). */
export const onBrightside = (target: unknown[]): boolean =>
  JSON.stringify(target).includes('brightside-');

export async function seriousViolations(
  page: Page,
  keep: (target: unknown[]) => boolean = () => true,
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((n) => keep(n.target)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ')})`,
    );
}

/** `seriousViolations` with the page in light mode, then in dark mode (left as it found it). */
export async function seriousViolationsLightAndDark(
  page: Page,
  keep?: (target: unknown[]) => boolean,
): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await seriousViolations(page, keep);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await seriousViolations(page, keep);
  await page.emulateMedia({ colorScheme: null });
  return { light, dark };
}
