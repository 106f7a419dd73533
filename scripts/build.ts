import { buildIfNeeded } from './lib/next-build';
buildIfNeeded();
