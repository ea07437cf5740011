import { spawn, type ChildProcess } from 'node:child_process';
import { STEP_SHELL } from '../pipeline/shell.js';

/** How long a step's group has after SIGTERM before SIGKILL (a timeout, Ctrl-C, pipekit gone). */
export const KILL_GRACE_MS = 5_000;

/**
 * A step must not outlive pipekit: killed with SIGKILL, pipekit can stop nothing, so its steps
 * have a guard, one small bash process per pipekit process, in a session of its own, reading a
 * pipe from pipekit: `+<group>` when a step starts, `-<group>` when it ends. The kernel closes
 * the pipe when pipekit dies, however it dies; the guard then stops every group still listed
 * as a timeout does (SIGTERM, SIGKILL after KILL_GRACE_MS to those left). When pipekit exits
 * normally no group is listed, and the guard exits without touching anything.
 *
 * One guard for all steps rather than one per step: starting a process costs ~2 ms here,
 * as much as a small step itself (issue #14).
 */
const GUARD_SCRIPT = `groups=' '
while read -r line; do
  case $line in
    +*) groups="$groups\${line#+} " ;;
    -*) groups="\${groups/ \${line#-} / }" ;;
  esac
done
[ -z "\${groups// /}" ] && exit 0
for g in $groups; do kill -TERM -- "-$g" 2>/dev/null; done
i=0
while [ "$i" -lt "$1" ]; do
  sleep 0.1
  left=
  for g in $groups; do kill -0 -- "-$g" 2>/dev/null && left="$left $g"; done
  [ -z "$left" ] && exit 0
  groups=$left
  i=$((i + 1))
done
for g in $groups; do kill -KILL -- "-$g" 2>/dev/null; done
exit 0`;

interface StepGuard {
  /** The step whose process group is `pid` started: stop it should pipekit die. */
  watch(pid: number | undefined): void;
  /** That step ended: its group is no longer the guard's business. */
  release(pid: number | undefined): void;
}

let current: ChildProcess | undefined;

/** The guard of this process, started with the first step; a new one if it went. */
export function stepGuard(): StepGuard {
  const guard = current ?? (current = startGuard());
  const tell = (sign: '+' | '-', pid: number | undefined): void => {
    if (pid === undefined || guard.exitCode !== null || guard.signalCode !== null) return;
    guard.stdin?.write(`${sign}${pid}\n`);
  };
  return { watch: (pid) => tell('+', pid), release: (pid) => tell('-', pid) };
}

function startGuard(): ChildProcess {
  const guard = spawn(
    STEP_SHELL.command,
    ['-c', GUARD_SCRIPT, 'pipekit-guard', `${KILL_GRACE_MS / 100}`],
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  const gone = (): void => {
    if (current === guard) current = undefined; // killed by someone: the next step starts one
  };
  guard.on('error', gone); // no bash: the step cannot start either, and says so
  guard.on('exit', gone);
  guard.stdin?.on('error', () => undefined); // the guard gone: nothing left to tell it
  // Neither the guard nor its pipe keeps pipekit running: only the steps do.
  guard.unref();
  (guard.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return guard;
}
