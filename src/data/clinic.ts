/** The clinic's structured data, from the site config (home and contact pages). */
import { absoluteUrl } from '../lib/head.ts';
import { buildClinicJsonLd } from '../lib/structured-data.ts';
import { site } from '../site.config.ts';

export const clinicJsonLd = () =>
  buildClinicJsonLd({
    name: site.name,
    url: absoluteUrl('/', site.url),
    logoUrl: absoluteUrl('/icon-512.png', site.url),
    description: site.description,
    telephone: site.phone.e164,
    email: site.email,
    address: site.address,
    hours: site.hours,
  });
