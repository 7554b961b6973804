import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; elsewhere (logs, CI, tests) one line per tenth of the way, so a long
 * job still shows it is moving.
 */
export function progress(label: string, total: number): Progress {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  let shown = -1;
  const line = (done: number) => process.stderr.write(`${label}: ${done}/${total}\n`);
  return {
    update(done) {
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (tenth > shown) line(done);
      shown = Math.max(shown, tenth);
    },
    stop: () => line(total),
  };
}
