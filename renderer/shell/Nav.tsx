import { PageIcon } from './icons';
import { href, navPageOf, PAGES, type PageId } from './route';

export function Nav({ current }: { current: PageId }) {
  const section = navPageOf(current);
  return (
    <nav className="nav" aria-label="Dashboards">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          ◆
        </span>
        <span className="nav-label">Creator Studio</span>
      </div>
      <ul>
        {PAGES.map((page) => (
          <li key={page.id} className={page.id === 'review' ? 'nav-gap' : undefined}>
            {/* On a narrow window only the icons show: the label stays the link's name, and its tooltip. */}
            <a href={href(page.id)} aria-current={page.id === section ? 'page' : undefined} title={page.label}>
              <PageIcon page={page.id} />
              <span className="nav-label">{page.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
