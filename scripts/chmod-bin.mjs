// After tsc: make the `phiwall` bin executable. npm sets the mode only when it links a package's bins, which
// for this package itself depends on whether dist/ existed at that moment; `npx phiwall` needs it every time.
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/src/cli/main.js', import.meta.url), 0o755);
