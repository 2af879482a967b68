/**
 * Exported templates are meant to be deployable: the maintained Python cfn-lint (aws-cloudformation/cfn-lint) finds
 * nothing in them. It is a developer tool, not a dependency: without it on the PATH these tests are skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportTemplate, toJsonText, toYamlText } from '../../src/scenario';
import { specOf, templateFiles, type TemplateFile } from './exportHelpers';

function hasCfnLint(): boolean {
  try {
    execFileSync('cfn-lint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = hasCfnLint();
const dir = available ? mkdtempSync(join(tmpdir(), 'ecs-orchestra-export-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Writes each template's export as JSON and YAML; returns the paths. */
function writeExports(files: readonly TemplateFile[]): string[] {
  return files.flatMap((file) => {
    const template = exportTemplate(specOf(file));
    const stem = join(dir, file.name.replace(/\.json$/, ''));
    writeFileSync(`${stem}.json`, toJsonText(template));
    writeFileSync(`${stem}.yaml`, toYamlText(template));
    return [`${stem}.json`, `${stem}.yaml`];
  });
}

function lint(paths: readonly string[], extra: readonly string[] = []): { status: number | null; output: string } {
  const result = spawnSync('cfn-lint', [...extra, '--', ...paths], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!available)('cfn-lint on exported templates (skipped: cfn-lint is not on the PATH; pip install cfn-lint)', () => {
  it('finds nothing in the bundled scenarios, the six examples and the kitchen-sink world, as JSON and as YAML', () => {
    const kitchenSink = readFileSync(fileURLToPath(new URL('./fixtures/export/kitchen-sink.json', import.meta.url)), 'utf8');
    const paths = writeExports([...templateFiles(), { name: 'kitchen-sink.json', text: kitchenSink }]);
    // One run for every file (cfn-lint takes seconds to start). E4002 is left out: cfn-lint's schema for template
    // Metadata admits integers but not fractions, so a script time like `"at": 45.5` is flagged, though
    // CloudFormation reads Metadata as plain JSON.
    const result = lint(paths, ['--ignore-checks', 'E4002']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 180_000);
});
