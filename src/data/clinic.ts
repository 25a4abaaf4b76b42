/** The clinic's structured data, from the site config (home and contact pages). */
import { absoluteUrl } from '../lib/head.ts';
import { buildClinicJsonLd } from '../lib/structured-data.ts';
import { site } from '../site.config.ts';
import { DEFAULT_LANG, LOCALES, type Lang } from '../i18n/index.ts';
import { homeUrl } from '../lib/routes.ts';

export const clinicJsonLd = (lang: Lang = DEFAULT_LANG) =>
  buildClinicJsonLd({
    name: site.name,
    url: absoluteUrl(homeUrl(lang), site.url),
    inLanguage: LOCALES[lang].tag,
    logoUrl: absoluteUrl('/icon-512.png', site.url),
    description: site.copy[lang].description,
    telephone: site.phone.e164,
    email: site.email,
    address: site.address,
    // Day names are parsed from the English wording (schema.org wants English day names).
    hours: site.hours.map((entry) => ({ ...entry, days: entry.days[DEFAULT_LANG] })),
  });
