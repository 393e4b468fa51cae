/**
 * The built-in language packs. English is the core rules themselves; these add Malay and
 * Indonesian, and Singlish and Manglish. A pack's data is compiled only when a sentence in its
 * language is met.
 */
import type { LanguagePack } from '../src/lang/types.js';
import malay from './ms/index.js';
import singlish from './singlish/index.js';

export const BUILT_IN_PACKS: readonly LanguagePack[] = [malay, singlish];
