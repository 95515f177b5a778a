import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './lib/apollo/client';
import { createI18n } from './lib/i18n/init';
import { isLanguage, preferredLanguage } from './lib/i18n/languages';
import './ui/tokens.css';

const fromUrl = location.pathname.split('/')[1];
const language = isLanguage(fromUrl) ? fromUrl : preferredLanguage();
document.documentElement.lang = language;

// The UI's first language is loaded before the first render.
const i18n = await createI18n(language);
const client = createApolloClient(() => i18n.language);
createRoot(document.getElementById('root')!).render(<App client={client} i18n={i18n} />);
