import * as React from 'react';

/** How much room the web part has: a full-width section, a two-column section's half, or a narrow third. */
export type LayoutSize = 'wide' | 'medium' | 'narrow';

const LayoutContext = React.createContext<LayoutSize>('wide');

/** Widths at which the panes stack: below 960 px the detail pane goes under, below 640 px everything does. */
export function layoutSize(width: number): LayoutSize {
  return width >= 960 ? 'wide' : width >= 640 ? 'medium' : 'narrow';
}

/**
 * Measures the space the page gives the web part (not the window: a SharePoint section can be a third of
 * it) and tells the screens below, so they fit a section's width as well as a Teams tab's.
 */
export function LayoutProvider({ children }: { children: React.ReactNode }): JSX.Element {
  const ref = React.useRef<HTMLDivElement>(null);
  const [size, setSize] = React.useState<LayoutSize>('wide');
  React.useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(entries => setSize(layoutSize(entries[0]?.contentRect.width ?? element.clientWidth)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref} data-layout={size}><LayoutContext.Provider value={size}>{children}</LayoutContext.Provider></div>;
}

export function useLayout(): LayoutSize {
  return React.useContext(LayoutContext);
}

/** The grid of a three-pane screen (outline, main, detail) for the space there is. */
export function threePaneColumns(size: LayoutSize, outline: string, detail: string): string {
  if (size === 'wide') return `${outline} minmax(0, 1fr) ${detail}`;
  if (size === 'medium') return `${outline} minmax(0, 1fr)`;
  return 'minmax(0, 1fr)';
}
