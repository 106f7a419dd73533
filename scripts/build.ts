import { buildIfNeeded } from './lib/next-build';
await buildIfNeeded();
