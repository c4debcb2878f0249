import { PageIcon } from './icons';
import { href, PAGES, type PageId } from './route';

export function Nav({ current }: { current: PageId }) {
  return (
    <nav className="nav" aria-label="Dashboards">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          ◆
        </span>
        Creator Studio
      </div>
      <ul>
        {PAGES.map((page) => (
          <li key={page.id} className={page.id === 'review' ? 'nav-gap' : undefined}>
            <a href={href(page.id)} aria-current={page.id === current ? 'page' : undefined}>
              <PageIcon page={page.id} />
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
