// The English catalogue, assembled area by area as the translations arrive: every area file is
// complete by its own type (Messages['<area>']); the whole is a deep-partial of the Polish one,
// read through withFallback (Polish per missing key). Add each new area file here.
import type { Messages } from '../pl';
import type { DeepPartial } from '../fallback';
import { auth } from './auth';
import { checkout } from './checkout';
import { common } from './common';
import { languageSwitch } from './language-switch';
import { learning } from './learning';

export const en: DeepPartial<Messages> = {
  auth,
  checkout,
  ...common,
  languageSwitch,
  learning,
};
