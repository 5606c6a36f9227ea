import { nlAbout } from '../../i18n';
import { AboutPage } from './AboutPage';

/** Route #/privacy: where plans live and how to keep and share them. */
export function PrivacyPage({ plansHref }: { plansHref: string }) {
  return <AboutPage plansHref={plansHref} content={nlAbout.privacy} />;
}
