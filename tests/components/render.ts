import { experimental_AstroContainer as AstroContainer } from 'astro/container';

/**
 * Renders a component to HTML without the dev-only `data-astro-source-*` annotations,
 * so assertions read like the markup a visitor receives.
 */
export async function renderComponent(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown> = {}): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}
