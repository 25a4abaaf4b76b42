import { describe, expect, it } from 'vitest';
import { renderComponent } from './render.ts';
import ContactCta from '../../src/components/cta/ContactCta.astro';
import { site } from '../../src/site.config.ts';

describe('ContactCta', () => {
  it('renders the configured heading, a tel: call link and a link to request a consultation', async () => {
    const html = await renderComponent(ContactCta);
    expect(html).toContain(site.copy.en.cta.heading);
    expect(html).toContain(`href="tel:${site.phone.e164}"`);
    expect(html).toContain(`${site.copy.en.cta.callLabel} ${site.phone.display}`);
    expect(html).toMatch(new RegExp(`href="${site.bookingUrl ?? '/contact/'}"[^>]*>${site.copy.en.cta.requestLabel}<`));
    expect(html).toContain('data-cta="card"');
  });

  it('takes its wording and look from props', async () => {
    const html = await renderComponent(ContactCta, { heading: 'Questions before your first visit?', text: 'We can walk you through it.', variant: 'inline' });
    expect(html).toContain('Questions before your first visit?');
    expect(html).toContain('We can walk you through it.');
    expect(html).toContain('data-cta="inline"');
    // The heading labels the landmark, so screen-reader users hear what the box is.
    const id = /<h2 id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`aria-labelledby="${id}"`);
  });
});
