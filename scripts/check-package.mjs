// Lints the package as published: publint (package.json / exports map vs. packed files) and
// @arethetypeswrong/cli (types resolve for every entry point under node10, node16 CJS/ESM and
// bundler resolution). Both pack the package themselves. Run after `npm run build`.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['--no-install', 'publint', '--strict']);
run('npx', ['--no-install', 'attw', '--pack', '.']);
