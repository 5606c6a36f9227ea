import { nlAbout } from '../../i18n';
import { AboutPage } from './AboutPage';

/** Route #/toegankelijkheid: the accessibility statement. */
export function ToegankelijkheidPage({ plansHref }: { plansHref: string }) {
  return <AboutPage plansHref={plansHref} content={nlAbout.toegankelijkheid} />;
}
