import { describe, expect, it } from 'vitest';
import { editHref, findPlaceholders, parseSiteConfig, type SiteConfigInput } from '../../src/lib/site-config.ts';
import { nodeVersionProblem } from '../../src/cli/check-node.mjs';

const realClinic: SiteConfigInput = {
  url: 'https://www.sunshine-clinic.test',
  name: 'Sunshine Infusion',
  copy: {
    en: {
      tagline: 'Ketamine infusion care in Miami',
      description: 'Plain-language, medically reviewed articles about ketamine treatment and what to expect.',
      cta: { heading: 'Questions?', text: 'Talk with us.', callLabel: 'Call', requestLabel: 'Request a consultation' },
      notices: { offLabel: 'Off-label.', limitedEvidence: 'Early evidence.', disclaimer: 'Not medical advice.' },
    },
    es: {
      tagline: 'Tratamiento con ketamina en Miami',
      description: 'Artículos en lenguaje sencillo y con revisión médica sobre el tratamiento con ketamina y qué esperar.',
      cta: { heading: '¿Preguntas?', text: 'Hable con nosotros.', callLabel: 'Llame al', requestLabel: 'Pedir una consulta' },
      notices: { offLabel: 'Uso fuera de indicación.', limitedEvidence: 'Evidencia preliminar.', disclaimer: 'No es un consejo médico.' },
    },
  },
  phone: { display: '(305) 200-1234', e164: '+13052001234' },
  address: { street: '1 Real Street', city: 'Miami', region: 'FL', postalCode: '33101', country: 'US' },
  hours: [{ days: { en: 'Monday to Friday', es: 'De lunes a viernes' }, opens: '08:00', closes: '18:00' }],
  crisis: { line: '988', chatUrl: { en: 'https://988lifeline.org/chat/', es: 'https://988lifeline.org/es/' }, emergency: '911' },
};

describe('site config', () => {
  it('accepts a complete config and fills defaults', () => {
    const config = parseSiteConfig(realClinic);
    expect(config.relatedPostsCount).toBe(3);
  });

  it("needs the clinic's words in every language of the site", () => {
    const { es: _missing, ...englishOnly } = realClinic.copy;
    expect(() => parseSiteConfig({ ...realClinic, copy: englishOnly })).toThrow(/copy\.es/);
  });

  it('lists every problem with the field to fix', () => {
    expect(() => parseSiteConfig({ ...realClinic, phone: { display: '305', e164: '3052001234' }, emial: 'x@y.z' })).toThrow(
      /src\/site\.config\.ts  phone\.display  display must be the number as readers see it[\s\S]*src\/site\.config\.ts  phone\.e164  e164 must look like \+13055550142[\s\S]*emial  unknown field "emial" - did you mean "email"\?/,
    );
  });

  it('finds the demo placeholders a production build warns about', () => {
    expect(findPlaceholders(parseSiteConfig(realClinic))).toEqual([]);
    const demo = parseSiteConfig({
      ...realClinic,
      phone: { display: '(305) 555-0142', e164: '+13055550142' },
      email: 'hello@example.com',
      name: 'Sunshine Infusion (placeholder)',
    });
    expect(findPlaceholders(demo)).toEqual([
      'src/site.config.ts name: "Sunshine Infusion (placeholder)" is marked as a placeholder',
      'src/site.config.ts phone.display: "(305) 555-0142" is a fictional 555-01xx number',
      'src/site.config.ts phone.e164: "+13055550142" is a fictional 555-01xx number',
      'src/site.config.ts email: "hello@example.com" is an example.com address',
    ]);
  });
});

describe('Suggest an edit', () => {
  it('builds the link from the configured pattern, or none at all', () => {
    expect(editHref('https://github.com/c/site/edit/main/{path}', 'content/posts/a b/index.md')).toBe(
      'https://github.com/c/site/edit/main/content/posts/a%20b/index.md',
    );
    expect(editHref(undefined, 'content/posts/a/index.md')).toBeUndefined();
  });

  it('rejects a pattern without {path}', () => {
    expect(() => parseSiteConfig({ ...realClinic, editUrl: 'https://github.com/c/site' })).toThrow(/editUrl must be an https:\/\/ address containing \{path\}/);
  });
});

describe('Node version check', () => {
  it.each(['v20.20.2', '22.11.0', '22.23.3', '18.0.0'])('stops on Node %s with the fix', (version) => {
    expect(nodeVersionProblem(version)).toMatch(/needs Node\.js 22\.23\.4 or newer[\s\S]*run `npm install`/);
  });
  it.each(['22.23.4', '22.24.0', 'v24.21.0', '26.1.0'])('lets Node %s through', (version) => {
    expect(nodeVersionProblem(version)).toBeUndefined();
  });
});
