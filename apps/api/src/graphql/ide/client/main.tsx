// GraphiQL for development, built by Vite with everything it needs (editor, workers, styles)
// and served by the API itself: it works without any network but the API's.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';

const url = new URL('/graphql', window.location.href);
const fetcher = createGraphiQLFetcher({
  url: url.href,
  subscriptionUrl: url.href.replace(/^http/, 'ws'),
});

const example = `# Beacon's GraphQL API (development).
# To act as a signed-in user, run login,
# then put under Headers below:
# {"authorization": "Bearer <accessToken>"}
{
  boards {
    id
    slug
    locale
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={example} />);
