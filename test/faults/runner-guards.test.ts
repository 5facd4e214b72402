// The checks test/e2e/runner.ts applies to every step of the e2e and fault suites can fail: a step that prints a
// hostile name raw, or that connects off the machine, makes runEntry reject. Tiny scripts stand in for a broken
// action; the last test runs the bundled action (dist/) with its metadata probes switched on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundName } from '../../src/names';
import {
  HOSTILE_BRANCH_TAIL,
  HOSTILE_PIECES,
  HOSTILE_TAIL,
  hostileName,
  injectedCommandLines,
  makeJob,
  runEntry,
} from '../e2e/runner';
import { runJob, setup, startFakes, stopFakes } from './harness';

function script(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'carbon-guard-')), 'step.mjs');
  writeFileSync(file, body);
  return file;
}

const job = () => makeJob({ event: 'push', branch: 'main', githubUrl: 'http://127.0.0.1:9', runId: 1 });

describe('the e2e runner refuses injected workflow commands', () => {
  it('gives every workflow and branch name the hostile tail unless a test says why not', () => {
    const j = job();
    expect(j.env.GITHUB_WORKFLOW).toBe(`CI${HOSTILE_TAIL}`);
    expect(j.env.GITHUB_REF_NAME).toBe(`main${HOSTILE_BRANCH_TAIL}`);
    expect(hostileName({ plainNames: 'asserts the name' }, 'CI')).toBe('CI');
    const plain = makeJob({
      event: 'push',
      branch: 'main',
      githubUrl: 'http://127.0.0.1:9',
      runId: 1,
      plainNames: 'this test checks the opt-out',
    });
    expect(plain.env.GITHUB_WORKFLOW).toBe('CI');
  });

  // The run comment's job key is "<GITHUB_JOB> <display name>" cut to 100 characters (publish-comment.ts), the longest
  // prefix the e2e suite gives a tail ("test test"); markers cut the workflow name ("CI") the same way.
  it.each([
    ['a job key', `test ${hostileName({}, 'test')}`],
    ['a workflow name in a marker', hostileName({}, 'CI')],
  ])('every hostile piece lies inside the part of %s that the 100-character cut keeps', (_, name) => {
    const kept = boundName(name);
    expect(kept).not.toBe(name); // the cut happens ...
    for (const piece of HOSTILE_PIECES) expect(kept).toContain(piece); // ... after the last piece
  });

  it('a step that prints the workflow name raw is rejected, naming each injected command', async () => {
    const step = script('console.log(`building ${process.env.GITHUB_WORKFLOW}`);');
    const err = await runEntry(step, job().env).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    for (const command of [
      '::error::p2',
      '::notice::p3',
      '::warning::p4',
      '::warning title=t::pwned',
      '::add-mask::mask-pwned',
      '::debug::pwned',
      '::group::pwned',
      '::stop-commands::pwned-token',
    ]) {
      expect(message).toContain(`\n${command}`);
    }
  });

  it('the same name through the sanitiser, and the commands the action and its libraries issue, pass', async () => {
    const step = script(
      [
        "const clean = (t) => t.replace(/[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]+/g, ' ');",
        'console.log(`building ${clean(process.env.GITHUB_WORKFLOW)}`);',
        "console.log('::add-mask::ghs_faketoken0123456789');",
        "console.log('::add-mask::upload');",
        "console.log('::debug::Resolved Keys:');",
        "console.log('::warning::carbon-action: history: %0A::error::pwned');",
        "console.log('::error::CO2e budget exceeded: 3.71 mg > 1.00 mg');",
      ].join('\n'),
    );
    const r = await runEntry(step, job().env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pwned');
  });

  it('::add-mask:: of anything but a token input or a cache URL signature counts as injected', () => {
    const env = { 'INPUT_GITHUB-TOKEN': 'ghs_x' };
    expect(injectedCommandLines(['::add-mask::ghs_x\n::add-mask::upload'], env)).toEqual([]);
    expect(injectedCommandLines(['::add-mask::ghs_y'], env)).toEqual(['::add-mask::ghs_y']);
    expect(injectedCommandLines(['  ::error::x', '::endgroup::'])).toEqual(['::error::x', '::endgroup::']);
  });
});

describe('the e2e runner refuses steps that leave the machine', () => {
  it('a connect to a non-loopback address is refused in the child and fails the step', async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737); the guard refuses before connect, so not even a SYN is sent.
    const step = script(
      [
        "import net from 'node:net';",
        "const s = net.connect({ host: '192.0.2.1', port: 80 });",
        "s.on('error', (e) => console.log('refused:', e.code));",
      ].join('\n'),
    );
    const err = await runEntry(step, job().env).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/tried to reach 192\.0\.2\.1:80: tests must stay on loopback/);
  });

  it('loopback connects pass', async () => {
    const step = script(
      [
        "import net from 'node:net';",
        'const server = net.createServer((c) => c.end()).listen(0, "127.0.0.1", () => {',
        "  const s = net.connect({ host: '127.0.0.1', port: server.address().port }, () => { s.end(); server.close(); });",
        '});',
      ].join('\n'),
    );
    expect((await runEntry(step, job().env)).code).toBe(0);
  });
});

describe('the guard sees the bundled action', () => {
  it('with metadata probes switched on, the post step is caught probing 169.254.169.254', async () => {
    const f = await startFakes();
    try {
      const s = setup(f, { event: 'push', branch: 'main', extraEnv: { CARBON_ACTION_NO_METADATA: '0' } });
      const err = await runJob(f, s).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/post\/index\.js tried to reach .*169\.254\.169\.254/);
    } finally {
      await stopFakes(f);
    }
  }, 120_000);
});
