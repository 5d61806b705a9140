// A progress line on stderr, only when stderr is a terminal and there are more than 8 files.

import type { CliIo } from './io.js';

export interface Progress {
  update(done: number): void;
  end(): void;
}

export function progress(io: CliIo, label: string, total: number): Progress {
  if (io.stderr.isTTY !== true || io.quiet === true || total <= 8)
    return { update: () => {}, end: () => {} };
  return {
    update: (done) => void io.stderr.write(`\r${label} ${done}/${total}`),
    end: () => void io.stderr.write('\r\x1b[K'),
  };
}
