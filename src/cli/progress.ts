// A progress line on stderr, only when stderr is a terminal and there are more than 8 files.

export interface Progress {
  update(done: number): void;
  end(): void;
}

export function progress(label: string, total: number): Progress {
  if (process.stderr.isTTY !== true || total <= 8) return { update: () => {}, end: () => {} };
  return {
    update: (done) => process.stderr.write(`\r${label} ${done}/${total}`),
    end: () => process.stderr.write('\r\x1b[K'),
  };
}
