import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CheckContentQuery } from '../../gql/graphql';

export const CheckContentDocument = graphql(`
  query CheckContent($body: String!, $locale: String) {
    checkContent(body: $body, locale: $locale) {
      action
      signals {
        kind
        message
        evidence
      }
    }
  }
`);

export type Verdict = CheckContentQuery['checkContent'];

// The scam guard's verdict on what is being typed, asked at most once per pause in typing.
export function useCheckContent(body: string, locale: string, delayMs = 400): { verdict: Verdict | null; checking: boolean } {
  const client = useApolloClient();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!body.trim()) {
      setVerdict(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setChecking(true);
      client
        .query({ query: CheckContentDocument, variables: { body, locale }, fetchPolicy: 'no-cache' })
        .then(({ data }) => {
          if (current && data) setVerdict(data.checkContent);
        })
        .catch(() => undefined)
        .finally(() => current && setChecking(false));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body, locale, delayMs, client]);
  return { verdict, checking };
}
