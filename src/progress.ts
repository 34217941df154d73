// Progress of a long stage on the console: items done, of how many, per second. One line rewritten
// in place on a terminal; a line every tenth of the way otherwise; nothing when there is no writer
// (--quiet, CI).
export interface Progress {
  update: (done: number, total: number) => void;
  end: () => void;
}

/** A terminal is redrawn at most this often. */
const REDRAW_MS = 250;
/** Below this many items a stage is over before progress would tell anything. */
const MIN_ITEMS = 50;

export function progressLine(label: string, write: ((text: string) => void) | null, isTerminal = Boolean(process.stderr.isTTY)): Progress {
  if (!write) return { update: () => {}, end: () => {} };
  const started = performance.now();
  let lastDraw = 0;
  let lastTenth = 0;
  let drawn = false;
  const line = (done: number, total: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    return `${label}: ${done}/${total} (${rate}/s)`;
  };
  return {
    update(done, total) {
      if (total < MIN_ITEMS) return;
      const now = performance.now();
      if (isTerminal) {
        if (now - lastDraw < REDRAW_MS && done < total) return;
        lastDraw = now;
        drawn = true;
        write(`\r${line(done, total)}`);
      } else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth <= lastTenth && done < total) return;
        lastTenth = tenth;
        write(`${line(done, total)}\n`);
      }
    },
    end() {
      if (drawn) write("\n");
      drawn = false;
    },
  };
}
