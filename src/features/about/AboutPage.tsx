import { useEffect, useRef } from 'react';
import { nlAbout } from '../../i18n';

interface Section {
  heading: string;
  paragraphs: readonly string[];
}

interface Props {
  plansHref: string;
  content: { heading: string; intro: string; sections: readonly Section[] };
}

/** A page of plain text (Privacy, Toegankelijkheid), with a way back to Mijn plannen. */
export function AboutPage({ plansHref, content }: Props) {
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.focus();
  }, []);
  return (
    <main id="main" className="about-page" tabIndex={-1} ref={main}>
      <p>
        <a className="back-link" href={plansHref}>
          <span aria-hidden="true">← </span>
          {nlAbout.backToPlans}
        </a>
      </p>
      <h1>{content.heading}</h1>
      <p className="lead">{content.intro}</p>
      {content.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
    </main>
  );
}
