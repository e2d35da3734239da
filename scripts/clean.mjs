// Removes build output folders, so a build never ships a file whose source is gone.
import {rmSync} from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, {recursive: true, force: true});
