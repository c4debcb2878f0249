import type { NavPageId } from './route';

// Simple 20×20 line icons drawn with SVG so they look the same on every system font.
const PATHS: Record<NavPageId, string> = {
  earnings: 'M3 15l4-5 3 3 7-8M13 5h4v4',
  characters: 'M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM3.5 17.5c.8-3.2 3.4-5 6.5-5s5.7 1.8 6.5 5',
  plugins: 'M7 3v4M13 3v4M5 7h10v3a5 5 0 0 1-10 0V7zM10 15v3',
  stories: 'M4 3.5h8.5L16 7v9.5H4zM12.5 3.5V7H16M7 10.5h6M7 13.5h4',
  audience: 'M7 9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM2.5 16c.5-2.6 2.2-4 4.5-4s4 1.4 4.5 4M14 9a2 2 0 1 0 0-4M14.5 12c1.7.3 2.8 1.6 3.1 3.5',
  review: 'M4 10.5l3.5 3.5L16 5.5',
  settings: 'M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4',
};

export function PageIcon({ page }: { page: NavPageId }) {
  return (
    <svg className="nav-icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden focusable="false">
      <path d={PATHS[page]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The alerts' bell, drawn as the page icons are. */
export function BellIcon() {
  return (
    <svg className="bell-icon" width="15" height="15" viewBox="0 0 20 20" aria-hidden focusable="false">
      <path d="M5 14V9a5 5 0 0 1 10 0v5l1.5 2h-13zM8.5 18.5h3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
