/**
 * The clinic's brand, contact details and call-to-action copy: the one file an owner edits.
 * Demo values (555-01xx numbers, example.com) are placeholders; `npm run build` warns until
 * every one is replaced.
 */
import { parseSiteConfig, type SiteConfigInput } from './lib/site-config.ts';

const config = {
  url: 'https://sunshine-infusion.example.com',
  name: 'Sunshine Infusion',
  // The clinic's words in each language of the site (src/i18n/locales.ts).
  copy: {
    en: {
      tagline: 'Ketamine infusion care in Miami, explained plainly',
      description: 'Plain-language, medically reviewed articles about ketamine treatment for depression, bipolar disorder, PTSD and anxiety.',
      cta: {
        heading: 'Have questions about ketamine treatment?',
        text: 'Talk with our care team about whether an evaluation makes sense for you. There is no obligation, and we will explain every step.',
        callLabel: 'Call',
        requestLabel: 'Request a consultation',
      },
      notices: {
        offLabel:
          'Off-label use: ketamine is approved by the U.S. Food and Drug Administration (FDA) as an anesthetic. Using it for the condition discussed here is off-label, which means the FDA has not approved it for this use. Esketamine nasal spray (Spravato) is approved for treatment-resistant depression.',
        limitedEvidence:
          'Early evidence: the studies described here are small or short. Results may not apply to everyone, and long-term effects are not yet known.',
        disclaimer:
          'This article is for general education and is not medical advice. Talk with your own clinician before starting, stopping or changing any treatment.',
      },
    },
    es: {
      tagline: 'Tratamiento con infusiones de ketamina en Miami, explicado con claridad',
      description:
        'Artículos en lenguaje sencillo y con revisión médica sobre el tratamiento con ketamina para la depresión, el trastorno bipolar y la ansiedad.',
      cta: {
        heading: '¿Tiene preguntas sobre el tratamiento con ketamina?',
        text: 'Hable con nuestro equipo sobre si una evaluación tiene sentido para usted. No hay ningún compromiso y le explicaremos cada paso.',
        callLabel: 'Llame al',
        requestLabel: 'Pedir una consulta',
      },
      notices: {
        offLabel:
          'Uso fuera de indicación (también llamado «fuera de etiqueta»; en inglés, off-label): la Administración de Alimentos y Medicamentos de EE. UU. (FDA) aprobó la ketamina como anestésico. Usarla para la afección de este artículo es un uso fuera de indicación: la FDA no la ha aprobado para este uso. La esketamina en aerosol nasal (Spravato) sí está aprobada para la depresión resistente al tratamiento.',
        limitedEvidence:
          'Evidencia preliminar: los estudios descritos aquí son pequeños o de corta duración. Los resultados pueden no aplicarse a todas las personas y todavía no se conocen los efectos a largo plazo.',
        disclaimer:
          'Este artículo es solo educativo y no es un consejo médico. Hable con su propio médico antes de empezar, dejar o cambiar cualquier tratamiento.',
      },
    },
  },
  phone: { display: '(305) 555-0142', e164: '+13055550142' },
  sms: { display: '(305) 555-0143', e164: '+13055550143' },
  email: 'hello@example.com',
  address: {
    street: '100 Placeholder Avenue, Suite 200',
    city: 'Miami',
    region: 'FL',
    postalCode: '33101',
    country: 'US',
  },
  hours: [
    { days: { en: 'Monday to Friday', es: 'De lunes a viernes' }, opens: '08:00', closes: '18:00' },
    { days: { en: 'Saturday', es: 'Sábado' }, opens: '09:00', closes: '13:00' },
    { days: { en: 'Sunday', es: 'Domingo' }, opens: undefined, closes: undefined },
  ],
  bookingUrl: undefined,
  crisis: {
    line: '988',
    // The Lifeline's chat in English, and its Spanish section (which offers its chat in Spanish).
    // The Spanish address is the one public crisis-resource projects link and one recorded as
    // answering 200; this workplace has no network, so it was not opened from here (2026-12-06).
    chatUrl: { en: 'https://988lifeline.org/chat/', es: 'https://988lifeline.org/es/' },
    emergency: '911',
  },
  relatedPostsCount: 3,
  feedSize: 30,
  // The contact form's endpoint, e.g. { endpoint: 'https://formspree.io/f/yourid' } or
  // { endpoint: '/contact/thanks/', provider: 'netlify' }. CONTACT_FORM_ENDPOINT overrides it for a build.
  contactForm: process.env.CONTACT_FORM_ENDPOINT ? { endpoint: process.env.CONTACT_FORM_ENDPOINT, provider: 'generic' as const } : undefined,
  // e.g. 'https://github.com/your-clinic/website/edit/main/{path}' to show "Suggest an edit" on articles
  editUrl: undefined,
  // The browser editor at /admin/: the repository it saves to and the sign-in service (docs/staff/publishing-in-the-browser.md).
  editor: { repo: 'your-clinic/website', branch: 'main', authBaseUrl: undefined, localPort: 8081 },
  reviewMaxAgeMonths: 12,
} satisfies SiteConfigInput;

export const site = parseSiteConfig(config);
export default site;
