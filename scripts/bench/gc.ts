// A full garbage collection between measurements, so a collection triggered by earlier work does
// not land inside the next timing. Node hides gc() unless started with --expose-gc; the flag can
// still be set at run time and gc() fetched from a fresh context.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as (() => void) | undefined;

export function collectGarbage(): void {
  gcFn?.();
}
