import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INSTALL_HINT, SYSTEM_CHROMIUM, planChromium, type Machine } from './chromium.ts';

const machine = (over: Partial<Machine> & { files?: string[] }): Machine => ({
  env: {},
  playwrightPath: '/pw/chrome',
  canInstall: false,
  exists: (p) => (over.files ?? []).includes(p),
  ...over,
});

test('CHROMIUM_PATH wins when the file exists, and fails clearly when it does not', () => {
  assert.deepEqual(planChromium(machine({ env: { CHROMIUM_PATH: '/opt/c' }, files: ['/opt/c', SYSTEM_CHROMIUM] })), { kind: 'use', path: '/opt/c' });
  const plan = planChromium(machine({ env: { CHROMIUM_PATH: '/opt/c' } }));
  assert.equal(plan.kind, 'fail');
});

test("then Playwright's own browser, then Debian's", () => {
  assert.deepEqual(planChromium(machine({ files: ['/pw/chrome', SYSTEM_CHROMIUM] })), { kind: 'use', path: '/pw/chrome' });
  assert.deepEqual(planChromium(machine({ files: [SYSTEM_CHROMIUM] })), { kind: 'use', path: SYSTEM_CHROMIUM });
});

test('installs only when it can, otherwise says what to install in one line', () => {
  assert.equal(planChromium(machine({ canInstall: true })).kind, 'install');
  const plan = planChromium(machine({}));
  assert.deepEqual(plan, { kind: 'fail', message: INSTALL_HINT });
  assert.ok(!INSTALL_HINT.includes('\n'));
});
