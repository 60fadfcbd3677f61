/** The pages of the built site under test (`dist/client`). */
import path from 'node:path';
import { listBuiltPages, pageType } from '../../src/lib/page-weight';

export const clientDir = path.resolve(import.meta.dirname, '../../dist/client');
export const builtPages = () => listBuiltPages(clientDir);
export { pageType };
