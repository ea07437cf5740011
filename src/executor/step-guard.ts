import { spawn } from 'node:child_process';
import { STEP_SHELL } from '../pipeline/shell.js';

/** How long a step's group has after SIGTERM before SIGKILL (a timeout, Ctrl-C, pipekit gone). */
export const KILL_GRACE_MS = 5_000;

/**
 * A step must not outlive pipekit: killed with SIGKILL, pipekit can stop nothing, so each step
 * has a guard, a small bash process in a session of its own that reads a pipe from pipekit.
 * The kernel closes the pipe when pipekit dies, however it dies; the guard then stops the
 * step's process group as a timeout does (SIGTERM, SIGKILL after KILL_GRACE_MS). A step that
 * ends first is told to the guard, which exits without touching anything.
 */
const GUARD_SCRIPT = `read -r group || exit 0
[ "$group" = done ] && exit 0
read -r word
[ "$word" = done ] && exit 0
kill -TERM -- "-$group" 2>/dev/null || exit 0
i=0
while [ "$i" -lt "$1" ]; do
  sleep 0.1
  kill -0 -- "-$group" 2>/dev/null || exit 0
  i=$((i + 1))
done
kill -KILL -- "-$group" 2>/dev/null
exit 0`;

export function startGuard(): { watch(pid: number | undefined): void; done(): void } {
  const guard = spawn(
    STEP_SHELL.command,
    ['-c', GUARD_SCRIPT, 'pipekit-guard', `${KILL_GRACE_MS / 100}`],
    {
      stdio: ['pipe', 'ignore', 'ignore'],
      detached: true,
    },
  );
  guard.on('error', () => undefined); // no bash: the step cannot start either, and says so
  guard.stdin?.on('error', () => undefined); // the guard gone: nothing left to tell it
  guard.unref();
  // Neither the guard nor its pipe keeps pipekit running: only the step does.
  (guard.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  let told = false;
  return {
    watch(pid) {
      if (pid === undefined) return;
      guard.stdin?.write(`${pid}\n`);
    },
    done() {
      if (told) return;
      told = true;
      guard.stdin?.end('done\n');
    },
  };
}
