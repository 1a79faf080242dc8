// Anchors into the sources panel, shared by the render model and the panel itself.
export const paragraphRef = (article: string, paragraph: number): string => `${article}-${paragraph}`;
export const externalRef = (id: string): string => `ext-${id}`;
export const termSlug = (term: string): string => term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
