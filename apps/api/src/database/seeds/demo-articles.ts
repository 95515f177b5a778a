// Demo help-center articles for the Beacon forum: four categories and the staff-written articles
// shown in the English and Simplified Chinese help centers of the demo instance. The two versions
// of one article share a topicKey; each is written for its own readers, not translated line by line.

export type DemoArticleLocale = 'en' | 'zh-CN';

export type DemoArticleCategoryKey = 'account-security' | 'deposits-withdrawals' | 'identity-verification' | 'trading-api';

export interface DemoArticleCategory {
  key: DemoArticleCategoryKey;
  position: number;
  names: Record<DemoArticleLocale, string>;
}

export interface DemoArticle {
  locale: DemoArticleLocale;
  category: DemoArticleCategoryKey;
  // The same for the en and zh-CN versions of one article.
  topicKey: string;
  // Lowercase ASCII letters, digits and '-', unique per locale.
  slug: string;
  title: string;
  // Markdown.
  body: string;
  // When it was published, in days before the seed runs.
  daysAgo: number;
}

export const DEMO_ARTICLE_CATEGORIES: DemoArticleCategory[] = [
  { key: 'account-security', position: 1, names: { en: 'Account security', 'zh-CN': '账户安全' } },
  { key: 'deposits-withdrawals', position: 2, names: { en: 'Deposits & withdrawals', 'zh-CN': '充值与提币' } },
  { key: 'identity-verification', position: 3, names: { en: 'Identity verification', 'zh-CN': '身份认证' } },
  { key: 'trading-api', position: 4, names: { en: 'Trading & API', 'zh-CN': '交易与 API' } },
];

const EN_ARTICLES: DemoArticle[] = [
  // ---- en / account-security
  {
    locale: 'en',
    category: 'account-security',
    topicKey: 'official-channels',
    slug: 'how-to-recognize-official-okx-channels',
    title: 'How to recognize official OKX channels and staff',
    daysAgo: 90,
    body: `Scammers copy our logo, our staff names and even the wording of our emails. A few simple rules make them easy to spot.

## The only official website is okx.com
Log in only at **[www.okx.com](https://www.okx.com/)** or in the official OKX app installed from your phone's app store. Before entering your password, check the address bar: the domain must be \`okx.com\` itself or end in \`.okx.com\`, with the dot. Sites that add words, dashes or extra letters to the name are not ours, however convincing they look.

## What OKX staff will never do
- **Message you first.** Staff don't start private conversations, in this forum or anywhere else. If "support" contacts you out of the blue, it isn't us.
- **Ask for secrets.** Nobody at OKX needs your password, fund password, 2FA, SMS or email codes, private keys, recovery phrase or API secret, for any reason.
- **Ask you to move funds.** No genuine process requires you to transfer coins to another wallet, or to pay anything to get your own money released.
- **Charge money to get funds back** after a mistake, or ask you to let them control your phone or computer.

## Checking someone who claims to be staff on this forum
1. Open **Is this really staff?** from the forum menu.
2. Enter the handle of the account that contacted you.
3. The page tells you whether it is an official staff account, and warns you if the handle only imitates one.

Official staff accounts also show the **Staff** badge next to their name, and the answer that resolves a question is marked as the official answer.

## Check our emails with your anti-phishing code
Set an **anti-phishing code** in your security settings. Every genuine OKX email then contains it. An email without your code, or with a different one, is phishing.

## If you are unsure
Stop, don't click, and ask through the in-app support chat or the [Help Center](https://www.okx.com/help). If you already entered details on a fake page, change your password from the official app and reset your 2FA straight away.`,
  },
  {
    locale: 'en',
    category: 'account-security',
    topicKey: 'anti-phishing-code',
    slug: 'set-up-anti-phishing-code',
    title: 'What the anti-phishing code is and how to set it up',
    daysAgo: 75,
    body: `The **anti-phishing code** is a short word or phrase that only you and OKX know. Once it is set, every email OKX sends you includes it, so a fake email stands out immediately.

## Set it up
1. Log in at **okx.com** or in the OKX app.
2. Go to **Profile → Security → Anti-phishing code**.
3. Enter a code of your choice. Pick something memorable that nobody could guess, not your name or your birthday.
4. Confirm with your security verification (email code and authenticator code).

## How to use it
- Every genuine OKX email shows your code near the top.
- **No code, or the wrong code?** Treat the email as phishing. Don't click links or open attachments, and report it through the in-app support chat.
- You can change the code at any time from the same page. Change it if you think someone has seen it.

## What it doesn't cover
- **Websites.** The code doesn't appear on web pages. Always check that the address is \`okx.com\` before you log in.
- **SMS and phone calls.** Text messages and calls never contain the code. OKX will not call you to ask for verification codes or to tell you to move funds.
- **Messages on social media or in this forum.** Check staff accounts with the **Is this really staff?** page instead.

## Keep it private
Don't post your anti-phishing code in screenshots or share it with anyone. It only works as long as a scammer can't copy it.`,
  },
  {
    locale: 'en',
    category: 'account-security',
    topicKey: 'two-factor-authentication',
    slug: 'set-up-and-recover-2fa',
    title: 'Setting up two-factor authentication (2FA) and recovering it after losing your phone',
    daysAgo: 84,
    body: `Two-factor authentication (2FA) protects your account even if someone learns your password. We recommend an **authenticator app** (such as Google Authenticator) over SMS.

## Set up an authenticator app
1. Install an authenticator app on your phone.
2. On okx.com or in the OKX app, go to **Profile → Security → Authenticator app** and choose **Set up**.
3. In the authenticator app, add a new account and point the camera at the code shown on the page.
4. **Write down the backup key** shown under the QR code and keep it offline, for example on paper in a safe place. It lets you restore the authenticator on a new phone.
5. Enter the 6-digit code from the app to finish.

## If you lost your phone or the authenticator
1. On the login page, enter your email or phone number and password.
2. At the 2FA step, choose the option saying you **can't use your authenticator** (the wording can vary by app version).
3. Follow the reset flow. You will usually confirm your email or phone and complete **face verification** that is matched against your identity verification.
4. Once the reset is approved, set up a new authenticator and save the new backup key.

If the self-service reset doesn't work, contact support through the in-app chat or the [Help Center](https://www.okx.com/help). The team will check your identity before anything is changed.

## Good to know
- After a 2FA reset, **withdrawals are restricted for a period**, usually 24 hours. This stops someone who took over an account from moving funds at once.
- Nobody needs your password or codes to reset 2FA. Anyone who offers to "unbind" it for a fee is a scammer.
- If you still have the backup key, you can simply add it to an authenticator on your new phone; no reset is needed.`,
  },
  {
    locale: 'en',
    category: 'account-security',
    topicKey: 'account-restricted-after-security-change',
    slug: 'withdrawals-restricted-after-security-change',
    title: 'Why withdrawals are restricted or the account is frozen after a security change',
    daysAgo: 52,
    body: `If you have just changed your password, email, phone number or 2FA, you may see that **withdrawals are temporarily unavailable**. This is a protective hold, not a penalty.

## Why the hold exists
Someone who steals a password usually changes the account's security settings first, then tries to withdraw everything. A short hold after each change gives the real owner time to notice the alert email and react.

## What triggers it
- changing or resetting the **login password**
- changing the **email address** or **phone number**
- resetting or turning off **2FA**
- turning off the **withdrawal address allowlist**
- in some cases, logging in from a **new device or country** together with a withdrawal attempt

## How long it lasts
Usually **24 hours**, sometimes longer after several changes in a row. The exact end time is shown on the withdrawal page. Trading and deposits normally keep working during the hold.

## What to do
1. **Wait for the hold to end.** It is lifted automatically; support can't shorten it.
2. Don't cancel and resubmit pending withdrawals: they will be processed when the hold ends.
3. If the account shows **"Account restricted"** instead, open the notice in the app. It normally links to a form for identity verification or more information. Submit it only through that form.

## If you didn't make the change
Act at once: reset your password from the official app, check **Devices** in the security settings and remove anything you don't recognize, then contact support through the in-app chat or the [Help Center](https://www.okx.com/help).`,
  },
  // ---- en / deposits-withdrawals
  {
    locale: 'en',
    category: 'deposits-withdrawals',
    topicKey: 'find-txid',
    slug: 'how-to-find-a-txid',
    title: 'How to find the TXID (transaction hash) of a deposit or withdrawal',
    daysAgo: 110,
    body: `A **TXID** (transaction ID, also called transaction hash) is the unique reference of a transfer on a blockchain. Support will ask for it whenever a deposit or withdrawal needs to be traced.

## Find the TXID on OKX
1. Open **Assets** and choose **History** (on the website: **Assets → Order center → Deposit / Withdrawal history**).
2. Select the deposit or withdrawal.
3. Open the record's details. The **TXID** is shown with a copy button and a link to the blockchain explorer.

For a deposit from another platform, you can also find the TXID in the sending platform's withdrawal history.

## What a TXID proves
On a blockchain explorer the TXID shows:
- that the transfer was **broadcast and confirmed** on that network
- the **sending and receiving addresses**, the **amount** and the **time**
- the number of **confirmations** so far

It does **not** prove who owns an address, and it doesn't prove that the receiving side credited the funds. For example, a transfer sent on the wrong network is confirmed on-chain but can't be credited automatically.

## When there is no TXID
- The withdrawal is still **pending, under review or processing**: the TXID appears once it is broadcast.
- It was an **internal transfer** between OKX accounts. These happen off-chain, are free and have no TXID; use the withdrawal ID instead.

## Sharing it
A TXID is public information, so it is safe to give to support or to the receiving platform. Still, there is no need to post it in the forum together with your account details.`,
  },
  {
    locale: 'en',
    category: 'deposits-withdrawals',
    topicKey: 'find-order-or-withdrawal-id',
    slug: 'find-order-number-or-withdrawal-id',
    title: 'Where to find an order number or withdrawal ID',
    daysAgo: 64,
    body: `When you contact support about a trade or a transfer, the fastest way to get help is to give the record's ID. You can give these IDs to support without risk: they identify a record but give nobody access to your account.

## Withdrawal ID
1. Open **Assets → History** and switch to **Withdrawals**.
2. Tap the withdrawal.
3. The details page shows the **withdrawal ID**, the status, the network and, once broadcast, the **TXID**.

A pending withdrawal already has a withdrawal ID, even before it has a TXID.

## Deposit record
Deposits are listed in the same history under **Deposits**. For a deposit, support mainly needs the **TXID**, the coin, the network and the amount.

## Spot or futures order number
1. Open **Trade → Orders** (on the website: **Orders** in the top menu, then **Order history**).
2. Select the spot, margin or futures tab and find the order.
3. Open the order's details. The **order ID** is shown with a copy button.

For a liquidation, look in the position history; the liquidation record has its own details and time.

## P2P order number
Open **P2P → Orders** and select the order. The order number is at the top of the order page and in the order chat.

## What to send support
- the ID (order ID, withdrawal ID or TXID)
- the coin or trading pair and the approximate time in UTC
- what you expected and what happened

Never add your password, 2FA codes or recovery phrase: support doesn't need them.`,
  },
  {
    locale: 'en',
    category: 'deposits-withdrawals',
    topicKey: 'withdrawal-pending-review',
    slug: 'why-is-my-withdrawal-pending',
    title: 'Why is my withdrawal pending or under review?',
    daysAgo: 30,
    body: `Most withdrawals are sent within minutes. If yours shows **Pending**, **Under review** or **Processing** for longer, one of these is usually the reason.

## Common reasons
- **A recent security change.** Changing your password, email, phone or 2FA puts a temporary hold on withdrawals, usually 24 hours.
- **A routine risk review.** Larger amounts than usual, a new destination address or a new device can send a withdrawal to manual review.
- **Network congestion or maintenance.** Withdrawals on a busy or paused network wait in the queue. Maintenance is announced in the Announcements board.
- **Identity verification.** Some amounts or regions require a completed verification level.

## What to do
1. **Check the status and details** in **Assets → History → Withdrawals**. Note the withdrawal ID.
2. **Don't cancel and resubmit.** A new request starts at the back of the queue and can take longer.
3. Look for a notice in the app: if more information is needed, there will be a link to submit it.
4. If it is still pending after **24 hours**, contact support through the in-app chat or the [Help Center](https://www.okx.com/help) and give the **withdrawal ID**.

## Statuses explained
- **Pending / Under review**: waiting for automatic or manual checks.
- **Processing**: approved and being broadcast to the network.
- **Completed**: sent; the TXID is available. If the recipient hasn't seen it yet, look the TXID up on a blockchain explorer.
- **Canceled / Failed**: the funds return to your funding account.

## Beware of "speed-up" offers
Nobody can speed up a review in exchange for a payment, your password or your verification codes. Anyone offering this is a scammer.`,
  },
  {
    locale: 'en',
    category: 'deposits-withdrawals',
    topicKey: 'deposit-not-arrived',
    slug: 'deposit-not-credited',
    title: 'My deposit has not arrived: wrong network, missing memo or tag, confirmations',
    daysAgo: 45,
    body: `If a crypto deposit hasn't shown up, work through these checks in order.

## 1. Has it been confirmed enough times?
Deposits are credited after a number of **network confirmations**, shown on the deposit page for each coin and network. Look up the TXID on a blockchain explorer: if it is still unconfirmed or has fewer confirmations than required, just wait.

## 2. Check the right account
Deposits are credited to your **Funding account**. If your trading balance shows 0, open **Assets** and transfer the coins to your **Trading account**.

## 3. Was it sent on the right network?
Deposits only credit automatically on the network you selected on the deposit page. Many networks share the same address format, so a wallet may accept a transfer on a network OKX did not expect. If the coin or network doesn't match:
- submit a **deposit recovery request** through the in-app support chat
- recovery is reviewed case by case and may take some time; it is not always possible

## 4. Was a memo or tag needed?
Some coins use a shared address plus a **memo, tag or comment** that identifies your account, for example XRP, XLM, EOS and TON. If it was missing or wrong, the deposit can't be matched automatically. Request a manual credit in the support chat.

## 5. Is the coin paused?
During wallet maintenance, deposits are credited once the network is back. Check the Announcements board.

## What to prepare for support
- coin and the network you actually used
- amount and time (UTC)
- **TXID**
- the deposit address you sent to

You never need to give a private key, recovery phrase or password to get a deposit credited. For future deposits, copy both the address and the memo/tag, and send a small test amount first when using a new network.`,
  },
  {
    locale: 'en',
    category: 'deposits-withdrawals',
    topicKey: 'withdrawal-fees',
    slug: 'withdrawal-fees-by-network',
    title: 'Withdrawal fees: why they differ by network and how to choose one',
    daysAgo: 20,
    body: `The fee for withdrawing a coin depends mostly on the **network** you send it on, not on the amount.

## Why fees differ
A withdrawal is a transaction on a blockchain, and each network has its own cost. Sending USDT on Ethereum (ERC20) usually costs far more than on TRON (TRC20) or on a layer-2 network, because Ethereum gas is more expensive. Fees are adjusted when network conditions change, so the same withdrawal can cost a different amount from one week to the next.

## Where to see the fee
- The **withdrawal page** shows the fee for the selected network before you confirm, together with the amount the recipient will receive.
- Current fees and minimum withdrawal amounts for every coin and network are listed on the [fees page](https://www.okx.com/fees).

## Choosing a network
1. Check which networks the **receiving side supports for that coin**. A cheaper network is no use if the recipient doesn't support it: the funds may not be credited.
2. Compare the fees and typical confirmation times of the networks both sides support.
3. Make sure the address matches the network. For example, TRC20 addresses start with \`T\` and ERC20 addresses with \`0x\`.
4. Add any **memo or tag** the recipient requires.
5. For a new destination, send a **small test amount** first.

## Free transfers between OKX accounts
Sending to another OKX user by email, phone number or UID is an **internal transfer**: it is free, arrives instantly and has no TXID.

## Good to know
- The withdrawal fee is charged per withdrawal, so several small withdrawals cost more than one larger one.
- A canceled withdrawal isn't charged.`,
  },
  // ---- en / identity-verification
  {
    locale: 'en',
    category: 'identity-verification',
    topicKey: 'kyc-accepted-documents',
    slug: 'identity-verification-accepted-documents',
    title: 'Identity verification: which documents are accepted',
    daysAgo: 100,
    body: `Identity verification (KYC) confirms that you are the owner of your account. It is required by regulation and protects you: a verified account is much harder to take over, and it lets support restore access after you lose your 2FA.

## Identity documents
Usually accepted, depending on your country or region:
- **passport**
- **national identity card**
- **driving licence**
- **residence permit**

The exact list for your country is shown on the verification page when you choose your nationality and document type.

## Requirements for the document
- It must be **valid**: not expired, not damaged.
- It must be the **original**, not a photocopy, a scan of a copy or a photo of a screen.
- The name must match the name you enter during verification **exactly**, including middle names.

## Proof of address (for higher levels)
Usually accepted:
- utility bill (electricity, water, gas, internet or landline)
- bank or credit card statement
- official letter from a government authority

The document must show your **full name and residential address**, be **recent** (typically issued within the last 3 months) and be visible in full. Mobile phone bills are not accepted in some regions.

## How to start
1. Open **Profile → Verification**.
2. Choose your country or region and document type.
3. Photograph the document and complete **face verification**.
4. Most reviews finish within minutes; some are checked manually and can take a few business days.

More details are in the [KYC FAQ](https://www.okx.com/help/section/faq-kyc). Never post photos of your documents in the forum, and never send them to anyone outside the official verification page.`,
  },
  {
    locale: 'en',
    category: 'identity-verification',
    topicKey: 'kyc-rejection-reasons',
    slug: 'kyc-rejected-reasons-and-resubmission',
    title: 'Why identity verification is rejected and how to resubmit',
    daysAgo: 58,
    body: `If your verification is rejected, the reason is shown on the verification page. These are the most common ones and how to fix them.

## Blurry or unclear photo
- Hold the phone steady and tap the screen to focus on the document.
- Use good, even light. A photo that looks fine on your screen may still be too soft to read.
- Don't crop, edit or add filters.

## Glare or reflections
- Turn off the flash and avoid direct lamps above the document.
- Tilt the document slightly; laminated cards and passport pages reflect a lot.

## Parts of the document missing
- All **four corners** must be visible.
- Nothing may cover the document: fingers, a phone case shadow or a sticker.

## Expired or unsupported document
- Check the expiry date. An expired document can't be accepted, even if you still use it elsewhere.
- Use a document type listed for your country on the verification page.

## Name or date of birth mismatch
- Enter your name **exactly** as printed on the document, including middle names and the order of names. For passports, follow the machine-readable line.
- If the form doesn't let you edit the name, ask support in the in-app chat to reset the verification.

## Face verification failed
- Face a light source; don't sit with a window behind you.
- Remove glasses, hats and masks.
- Close other apps using the camera and update the OKX app.

## How to resubmit
1. Open **Profile → Verification** and read the rejection reason.
2. Fix the problem and choose **Resubmit**.
3. If you were rejected several times, wait a little before trying again, or contact support through the [Help Center](https://www.okx.com/help).

You don't need a new account to resubmit, and support will never ask for your documents by email or private message.`,
  },
  {
    locale: 'en',
    category: 'identity-verification',
    topicKey: 'face-verification-tips',
    slug: 'face-verification-tips',
    title: 'Face verification keeps failing: what to check',
    daysAgo: 15,
    body: `Face verification compares a short live video of you with the photo on your identity document. It is also used to confirm it's really you when you reset 2FA or unlock a restricted account. If it keeps failing, these checks fix most cases.

## Light
- Face a window or a lamp, so the light falls evenly on your face.
- Avoid a bright window or light **behind** you: the camera then sees only a silhouette.
- Avoid strong shadows across half of your face.

## Your face
- Remove glasses, hats, masks and anything covering your forehead or eyes.
- Hold the phone at eye level, about an arm's length away, and keep your whole face inside the frame.
- Follow the prompts (turn your head, blink) slowly rather than quickly.

## Your phone
1. Update the OKX app to the latest version.
2. Close other apps that might use the camera, such as video calls.
3. Allow the app to use the camera in your phone's settings.
4. If it times out, switch between Wi-Fi and mobile data.

## Still failing?
- Wait a while and try again later: after several failed attempts in a row, the check may be temporarily limited.
- Make sure the face check is done by **the account owner**. Verification for someone else's account is never allowed.
- Contact support through the in-app chat or the [Help Center](https://www.okx.com/help).

## A warning
Face verification only ever happens inside the official OKX app or on okx.com. If someone asks you to do a "face check" through a link they sent you, or to record a video of yourself holding your ID for them, it is a scam.`,
  },
  // ---- en / trading-api
  {
    locale: 'en',
    category: 'trading-api',
    topicKey: 'create-api-key',
    slug: 'create-an-api-key-safely',
    title: 'Creating an API key with the least permissions and an IP allowlist',
    daysAgo: 96,
    body: `An API key lets a program (your own script, a trading bot, a portfolio tracker) act on your account. Set it up so that a leaked key can do as little damage as possible.

## Create the key
1. On okx.com, go to **Profile → API** and choose **Create API key**.
2. Give it a clear name, for example the name of the bot that uses it.
3. Set a **passphrase**. It is required to sign requests and can't be recovered later.
4. Choose the permissions (see below) and add the IP addresses (see below).
5. Complete the security verification and copy the **API key** and **secret key**. The secret key is shown **only once**.

## Choose the least permissions
- **Read**: balances, orders and history. Enough for portfolio trackers and tax tools.
- **Trade**: place and cancel orders. Only for bots that actually trade.
- **Withdraw**: move funds off the platform. Almost no bot needs this; leave it off.

For a trading bot, consider a **sub-account** with its own key, holding only the funds the bot needs.

## Bind the key to IP addresses
Add the public IP addresses of the server that runs your program. Requests from any other address are refused, so a stolen key is useless elsewhere. Keys with trading or withdrawal permission that aren't bound to an IP address may be deleted automatically after a period of inactivity.

## Keep the secret secret
- Store the secret key and passphrase in an environment variable or a secrets manager, not in your code repository.
- Never paste them into a forum post, a chat or a screenshot, even partly hidden.
- OKX staff will never ask for your secret key or passphrase.
- If you think a key leaked, **delete it** on the API page at once and create a new one.

The [API documentation](https://www.okx.com/docs-v5/en/) describes every endpoint and the permission it needs.`,
  },
  {
    locale: 'en',
    category: 'trading-api',
    topicKey: 'api-signature-errors',
    slug: 'fix-api-signature-errors',
    title: 'Fixing API signature errors: timestamp, prehash string and secret key',
    daysAgo: 40,
    body: `Private REST requests are signed with your secret key. When the server rejects a signature, it is almost always one of the following.

## How the signature is built
1. Build the **prehash string**: \`timestamp + method + requestPath + body\`.
2. Sign it with **HMAC SHA256** using your **secret key**.
3. **Base64**-encode the result and send it in the \`OK-ACCESS-SIGN\` header, together with \`OK-ACCESS-KEY\`, \`OK-ACCESS-TIMESTAMP\` and \`OK-ACCESS-PASSPHRASE\`.

## Timestamp errors
- The timestamp must be in **UTC ISO 8601 format with milliseconds**, for example \`2024-05-01T08:30:15.123Z\`.
- It must be close to the server's time. If your clock drifts, you get a "timestamp expired" error. Sync your system clock (NTP), or read the server time from the public \`/api/v5/public/time\` endpoint and apply the offset.
- Use **the same timestamp** in the header and in the prehash string.

## Prehash string errors
- The **method is uppercase**: \`GET\`, \`POST\`.
- The **requestPath includes the query string** for GET requests, for example \`/api/v5/account/balance?ccy=BTC\`.
- For GET requests the **body is empty**; don't append \`{}\`.
- For POST requests, sign **exactly the JSON string you send**. Serializing the body twice (once to sign, once in your HTTP library) can change spaces or key order.

## Secret key errors
- Use the secret key **as a plain string**. Don't Base64-decode it before signing.
- Check for stray spaces or line breaks copied with the key.
- Make sure the key, secret and passphrase belong together, and that a **demo trading** key is only used with the demo trading header.

## Still stuck?
Compare your prehash string with the example in the [API documentation](https://www.okx.com/docs-v5/en/). When asking for help, post the prehash string and the error code, but **never** your secret key, passphrase or a full signed request.`,
  },
  {
    locale: 'en',
    category: 'trading-api',
    topicKey: 'api-rate-limits',
    slug: 'api-rate-limits',
    title: 'API rate limits: how they are counted and how to stay within them',
    daysAgo: 22,
    body: `Every API endpoint has a **rate limit**: the number of requests allowed in a time window, for example 20 requests per 2 seconds. If you exceed it, requests are rejected with a "too many requests" error until the window resets.

## How limits are counted
The limit and what it counts are listed next to each endpoint in the [API documentation](https://www.okx.com/docs-v5/en/):
- **per IP address**, mostly for public market data endpoints
- **per user ID**, for most private endpoints; all API keys of the same account share it
- **per instrument**, for some trading endpoints such as placing orders

Sub-accounts have their own limits for trading endpoints.

## Staying within the limits
1. **Use WebSocket for live data.** Subscribe to order, position and account channels instead of polling REST endpoints every second.
2. **Use batch endpoints** to place, amend or cancel several orders in one request.
3. **Cache data that rarely changes**, such as instrument details.
4. **Throttle on your side.** Keep a request budget per endpoint in your program and queue requests rather than sending them all at once.
5. **Back off on errors.** After a rate-limit error, wait and retry with an increasing delay instead of retrying immediately.

## Common mistakes
- Several bots or scripts using keys of the same account, each assuming it has the whole limit.
- Retrying failed requests in a tight loop, which keeps the limit exhausted.
- Requesting full order history repeatedly instead of fetching only new records.

## Good to know
Rate limits protect the platform for all users and can't be lifted on request for a single script. If your use case genuinely needs more, the documentation describes the options for high-volume accounts.`,
  },
  {
    locale: 'en',
    category: 'trading-api',
    topicKey: 'futures-liquidation-funding',
    slug: 'futures-liquidation-and-funding-fees',
    title: 'Futures and margin basics: liquidation, mark price and funding fees',
    daysAgo: 8,
    body: `This article explains how liquidation and funding work on perpetual futures and margin positions. It is general information, not investment advice: leveraged trading can lose more than you expect, quickly.

## Margin and leverage
With leverage you open a position larger than the margin you put up. **Isolated margin** limits the risk to the margin assigned to that position; **cross margin** uses the balance of your account to support all positions together.

## When liquidation happens
A position is liquidated when its **margin ratio falls to the maintenance margin level**, because losses have used up the margin. Remember:
- Liquidation is based on the **mark price**, not the last traded price. The mark price follows an index built from several exchanges, so it isn't moved by a single spike. During fast markets the mark price and the last-price chart can differ.
- Closing fees are taken into account, so liquidation triggers slightly before a simple calculation suggests.
- The **estimated liquidation price** in the app changes as funding, fees and your margin change.

## Funding fees on perpetual futures
Perpetual futures have no expiry. To keep their price close to the spot price, traders pay each other a **funding fee** at regular intervals (often every 8 hours):
- when the funding rate is **positive**, long positions pay short positions
- when it is **negative**, shorts pay longs
- you only pay or receive funding if you hold a position **at the funding time**

Funding is exchanged between traders. The current rate and the next funding time are shown on the contract's trading page.

## Managing risk
- Lower leverage gives a liquidation price further from the current price.
- Add margin to an isolated position if needed.
- A **stop-loss** can close a position before it reaches liquidation; you can use the mark price as the trigger.

Your liquidation records and funding payments are in the position history and the bills of your trading account. Full rules are in the [Help Center](https://www.okx.com/help).`,
  },
];

const ZH_ARTICLES: DemoArticle[] = [
  // ---- zh-CN / account-security
  {
    locale: 'zh-CN',
    category: 'account-security',
    topicKey: 'official-channels',
    slug: 'official-channels',
    title: '如何辨别欧易官方渠道和官方人员',
    daysAgo: 88,
    body: `骗子会仿冒欧易的标志、官方人员的名字，甚至照搬官方邮件的措辞。记住下面几条，就能识破绝大多数骗局。

## 官方网站只有 okx.com
只在 **[www.okx.com](https://www.okx.com/)** 或从手机应用商店下载的欧易 App 里登录。输入密码之前先看一眼地址栏：域名必须是 \`okx.com\` 本身，或者以 \`.okx.com\`（注意前面的点）结尾。在名称里多加字母、横线或其他单词的网站都不是我们的，做得再像也不要相信。

## 欧易官方人员绝不会做的事
- **主动联系您。** 无论在本论坛还是其他平台，官方人员都不会先给您发消息。突然找上门的“客服”，一定不是我们。
- **索要敏感信息。** 登录密码、资金密码、谷歌验证码、短信或邮箱验证码、私钥、助记词、API 的 SecretKey，任何情况下都不需要交给别人。
- **让您转移资产。** 正规流程从来不会让您把币转到另一个钱包，也不会让您先付钱才能“解冻”自己的资产。
- **向您收取任何“处理费”**，或者让您安装软件、由对方操控您的手机或电脑。

## 在论坛上核实对方身份
1. 打开论坛菜单中的 **是真的官方人员吗？** 页面；
2. 输入联系您的那个账号的用户名；
3. 页面会告诉您这是不是官方人员账号；如果只是名字相近的仿冒账号，也会明确提示。

官方人员账号的名字旁边带有官方标识，解决问题的回复会被标记为官方解答。

## 用防钓鱼码核对邮件
在安全中心设置**防钓鱼码**后，欧易发出的每一封邮件都会带上它。没有防钓鱼码或者码不对的邮件，一律按钓鱼邮件处理。

## 拿不准的时候
先停下来，什么都别点，通过 App 内在线客服或[帮助中心](https://www.okx.com/help)确认。如果已经在假网站上输入过账号信息，请立即在官方 App 里修改登录密码并重置双重验证。`,
  },
  {
    locale: 'zh-CN',
    category: 'account-security',
    topicKey: 'anti-phishing-code',
    slug: 'anti-phishing-code',
    title: '防钓鱼码是什么？怎么设置？',
    daysAgo: 73,
    body: `**防钓鱼码**是一段只有您和欧易知道的字符。设置之后，欧易发给您的每一封邮件里都会显示这段码，假冒邮件一眼就能认出来。

## 设置步骤
1. 登录 **okx.com** 或欧易 App；
2. 进入 **个人中心 → 安全中心 → 防钓鱼码**；
3. 输入一段自己容易记住、别人猜不到的字符，不要用姓名、生日这类信息；
4. 完成安全验证（邮箱验证码和谷歌验证码）即可。

## 怎么用
- 欧易的正式邮件会在显眼位置显示您的防钓鱼码；
- **没有防钓鱼码，或者码对不上？** 这就是钓鱼邮件。不要点击里面的链接，也不要打开附件，可以通过 App 内在线客服举报；
- 防钓鱼码只需设置一次，之后的邮件都会自动带上；
- 防钓鱼码随时可以在同一页面修改。如果怀疑被别人看到过，建议换一个。

## 它管不了什么
- **网站**：网页上不会显示防钓鱼码，登录前请自己确认网址是 \`okx.com\`；
- **短信和电话**：短信、来电里都不会出现防钓鱼码。欧易不会打电话找您要验证码，也不会让您转移资产；
- **社交平台或论坛里的消息**：想确认对方是不是官方人员，请使用论坛的 **是真的官方人员吗？** 页面。

## 收到可疑邮件怎么办
不要回复，也不要点击邮件里的链接。直接打开欧易 App，或者手动输入 okx.com 登录，看看站内通知里有没有同样的内容。没有的话，那封邮件就是假的。

## 注意保密
不要在截图里露出防钓鱼码，也不要告诉任何人。只有骗子不知道这段码，它才能起作用。`,
  },
  {
    locale: 'zh-CN',
    category: 'account-security',
    topicKey: 'two-factor-authentication',
    slug: 'two-factor-authentication',
    title: '设置双重验证（2FA），以及手机丢失后如何找回',
    daysAgo: 81,
    body: `开启双重验证（2FA）后，即使别人知道了您的密码，也登录不了您的账户。相比短信验证，我们更推荐使用**身份验证器 App**（例如 Google Authenticator）。

## 绑定身份验证器
1. 在手机上安装一款身份验证器 App；
2. 在 okx.com 或欧易 App 中进入 **个人中心 → 安全中心 → 身份验证器**，点击**绑定**；
3. 在身份验证器里添加账户，用摄像头对准页面上的二维码；
4. **把二维码下方的备份密钥抄在纸上**，放在安全的地方，不要存在手机相册或聊天记录里。换手机时靠它就能恢复；
5. 输入身份验证器显示的 6 位数字，完成绑定。

## 手机丢了，或者验证器被删了
1. 在登录页输入邮箱或手机号和登录密码；
2. 到双重验证这一步时，选择**身份验证器不可用**之类的选项（不同版本的 App 文字可能略有不同）；
3. 按提示完成重置。通常需要验证邮箱或手机，并进行**人脸识别**，系统会与您的身份认证资料比对；
4. 审核通过后重新绑定身份验证器，并保存好新的备份密钥。

如果自助重置没有通过，可以通过 App 内在线客服或[帮助中心](https://www.okx.com/help)联系客服。客服会先核实您的身份，再进行后续处理。

## 需要了解的几点
- 重置双重验证后，**提币会暂时受限**，通常为 24 小时。这样即使账户被盗，对方也没法马上转走资产；
- 重置过程中不需要把密码或验证码告诉任何人。声称可以付费“解绑”的，都是骗子；
- 如果备份密钥还在，直接在新手机的身份验证器里导入即可，不需要走重置流程。`,
  },
  {
    locale: 'zh-CN',
    category: 'account-security',
    topicKey: 'account-restricted-after-security-change',
    slug: 'account-restricted-after-security-change',
    title: '修改安全设置后无法提币或账户被冻结，是怎么回事？',
    daysAgo: 50,
    body: `刚修改过登录密码、邮箱、手机号或双重验证，发现**暂时不能提币**？这是一项保护措施，并不是处罚。

## 为什么会限制提币
盗号的人拿到密码后，通常会先改掉账户的安全设置，再把资产全部转走。每次修改安全设置后暂停一段时间提币，真正的账户主人就有时间看到提醒邮件并及时处理。所以收到安全设置变更的提醒时，请留意是不是您本人的操作。

## 哪些操作会触发
- 修改或重置**登录密码**
- 更换**邮箱**或**手机号**
- 重置或关闭**双重验证**
- 关闭**提币地址白名单**
- 部分情况下，在**新设备或新的国家/地区**登录后紧接着提币

## 限制多久
一般为 **24 小时**；短时间内连续修改多项设置，时间可能会更长。具体解除时间会显示在提币页面上。限制期间，交易和充币通常不受影响。如果要修改多项设置，尽量集中在同一时间完成，避免限制时间被反复延长。

## 怎么处理
1. **等限制自动解除。** 到时间会自动恢复，客服也无法提前解除；
2. 已经提交的提币不要撤销重提，限制解除后会正常处理；
3. 如果页面显示的是**账户受限**，请打开 App 里的通知，里面一般会有身份验证或补充资料的入口。资料只通过这个入口填写，不要发给任何人。

## 如果修改不是您本人操作的
请立刻行动：在官方 App 里重置登录密码，到安全中心的**设备管理**里移除不认识的设备，然后通过 App 内在线客服或[帮助中心](https://www.okx.com/help)联系客服。`,
  },
  // ---- zh-CN / deposits-withdrawals
  {
    locale: 'zh-CN',
    category: 'deposits-withdrawals',
    topicKey: 'find-txid',
    slug: 'find-txid',
    title: '如何查看充币、提币的 TXID（交易哈希）',
    daysAgo: 108,
    body: `**TXID**（交易 ID，也叫交易哈希）是一笔链上转账的唯一编号。充币或提币需要排查时，客服第一个要的就是它。

## 在欧易查看 TXID
1. 打开 **资产**，进入 **记录**（网页端：**资产 → 订单中心 → 充币/提币记录**）；
2. 找到对应的充币或提币记录；
3. 点开详情，页面上会显示 **TXID**，旁边有复制按钮和跳转区块链浏览器的链接。

从其他平台转入的充币，也可以在转出平台的提币记录里找到 TXID。

## TXID 能证明什么
在区块链浏览器里输入 TXID，可以看到：
- 这笔转账已经**广播并在该网络上确认**
- **转出地址、接收地址、数量和时间**
- 目前的**确认数**

TXID 是一长串字符，不同网络的格式略有不同。复制时请完整复制，不要截断，也不要把提币 ID 当成 TXID。

但它**不能**证明某个地址属于谁，也不能证明接收方已经入账。比如选错网络的转账，链上显示成功，却无法自动到账。

遇到到账纠纷时，TXID 加上区块链浏览器里的交易页面，是证明这笔转账已经发出的最直接依据。

## 为什么没有 TXID
- 提币还在**待审核、审核中或处理中**：广播上链后才会生成 TXID；
- 这是欧易账户之间的**内部转账**：内部转账不上链、免手续费，也没有 TXID，请提供提币 ID。

## 可以给别人看吗
TXID 本身是公开信息，提供给客服或接收方都没问题。不过发到论坛时，没必要同时附上自己的账户信息。`,
  },
  {
    locale: 'zh-CN',
    category: 'deposits-withdrawals',
    topicKey: 'find-order-or-withdrawal-id',
    slug: 'find-order-or-withdrawal-id',
    title: '订单号和提币 ID 在哪里看？',
    daysAgo: 62,
    body: `咨询交易或转账问题时，直接附上对应记录的编号，客服能最快定位问题。这些编号只用来查找记录，别人拿到也登录不了您的账户，可以放心提供给客服。

## 提币 ID
1. 打开 **资产 → 记录**，切换到 **提币**；
2. 点开要查询的那笔提币；
3. 详情页里有**提币 ID**、状态、网络，以及上链后的 **TXID**。

提币还在审核中时就已经有提币 ID 了，不用等 TXID。

## 充币记录
充币记录在同一页面的 **充币** 栏目下。排查充币问题，客服主要需要 **TXID**、币种、网络和数量。

## 现货、合约订单号
1. 打开 **交易 → 订单**（网页端：顶部菜单的 **订单**，再进入 **历史订单**）；
2. 选择现货、杠杆或合约，找到对应订单；
3. 点开订单详情，**订单 ID** 旁边有复制按钮。

如果是被强平，请到仓位历史里查看强平记录，里面有单独的详情和时间。

## C2C 订单号
打开 **C2C → 订单**，选择对应订单。订单号显示在订单页面顶部，订单聊天里也能看到。

## 账户 UID
UID 显示在个人中心顶部，客服有时也会用到。可以在在线客服里提供，但不要公开发在论坛上。

## 联系客服时请准备
- 编号（订单 ID、提币 ID 或 TXID）
- 币种或交易对，以及大概时间（注明时区）
- 您预期的结果和实际发生的情况

客服处理问题只需要这些信息，登录密码、谷歌验证码和助记词都不需要，也不要发给任何人。`,
  },
  {
    locale: 'zh-CN',
    category: 'deposits-withdrawals',
    topicKey: 'withdrawal-pending-review',
    slug: 'withdrawal-pending-review',
    title: '提币一直在审核中或处理中，是什么原因？',
    daysAgo: 28,
    body: `大部分提币几分钟内就会发出。如果一直显示**待审核**、**审核中**或**处理中**，通常是下面几种原因之一。

## 常见原因
- **刚修改过安全设置**：修改密码、邮箱、手机号或双重验证后，提币会暂时受限，一般 24 小时；
- **例行风控审核**：金额比平时大、提到新地址、在新设备上操作，都可能转入人工审核；
- **网络拥堵或维护**：网络繁忙或暂停时，提币会排队等待。钱包维护会在官方公告版块提前通知；
- **身份认证**：部分金额或地区要求完成相应级别的身份认证。

## 怎么处理
1. 在 **资产 → 记录 → 提币** 里查看状态和详情，记下**提币 ID**；
2. **不要撤销后重新提交**：新的申请会重新排队，反而更慢；
3. 留意 App 里的通知：如果需要补充资料，通知里会有入口；
4. 超过 **24 小时**仍未处理，请通过 App 内在线客服或[帮助中心](https://www.okx.com/help)联系客服，并附上**提币 ID**。

## 各个状态是什么意思
- **待审核 / 审核中**：正在进行自动或人工检查；
- **处理中**：已通过审核，正在广播到链上；
- **已完成**：已经发出，可以查看 TXID。如果对方还没收到，用 TXID 去区块链浏览器查一下；
- **已撤销 / 失败**：资产会退回您的资金账户。

## 小心“加速审核”的骗局
没有人能靠收钱、或者拿到您的密码和验证码来加快审核。说自己有这个门路的，都是骗子。`,
  },
  {
    locale: 'zh-CN',
    category: 'deposits-withdrawals',
    topicKey: 'deposit-not-arrived',
    slug: 'deposit-not-arrived',
    title: '充币一直没到账：选错网络、漏填 Memo/标签、确认数不够',
    daysAgo: 43,
    body: `充币迟迟没有到账，可以按下面的顺序逐项排查。

## 1. 确认数够了吗？
每个币种、每个网络到账所需的**确认数**都显示在充币页面上。用 TXID 在区块链浏览器里查一下：如果交易还没确认，或者确认数还不够，耐心等待即可。网络拥堵时确认会变慢，这很正常。

## 2. 看对账户了吗？
充币会进入**资金账户**。如果交易账户里显示为 0，请在 **资产** 里把币划转到**交易账户**。两个账户之间的划转免费、实时到账。

## 3. 网络选对了吗？
充币只会在充币页面所选的网络上自动入账。很多网络的地址格式相同，钱包不会报错，但欧易这边不一定能识别。如果币种或网络对不上：
- 通过 App 内在线客服提交**充币找回申请**；
- 找回需要逐笔审核，耗时较长，也不保证一定能找回。

## 4. 需要填 Memo 或标签吗？
XRP、XLM、EOS、TON 等币种使用共用地址，靠 **Memo、标签（Tag）或备注**来区分是谁的充币。漏填或填错时无法自动入账，可以在在线客服中申请人工入账。

## 5. 该币种在维护吗？
钱包维护期间的充币不会丢失，会在网络恢复后陆续到账，请留意官方公告版块。

## 联系客服前请准备
- 币种和实际使用的网络
- 数量和时间（注明时区）
- **TXID**
- 您转入的充币地址

找回充币不需要私钥、助记词或登录密码。以后充币时，地址和 Memo/标签都要复制；第一次用某个网络时，建议先转一小笔测试。`,
  },
  {
    locale: 'zh-CN',
    category: 'deposits-withdrawals',
    topicKey: 'withdrawal-fees',
    slug: 'withdrawal-fees',
    title: '提币手续费为什么不同网络差别这么大？该怎么选网络？',
    daysAgo: 19,
    body: `提币手续费主要由您选择的**网络**决定，和提币数量关系不大。

## 为什么各网络手续费不同
每一笔提币都是一笔链上交易，不同区块链的成本不一样。比如同样提 USDT，走以太坊（ERC20）通常比走波场（TRC20）或二层网络贵得多，因为以太坊的 Gas 费更高。手续费会随网络拥堵情况调整，所以同一笔提币，这周和下周的费用可能不一样。

## 在哪里看手续费
- **提币页面**在您确认之前会显示所选网络的手续费，以及对方实际到账的数量，提交前请核对清楚；
- 各币种、各网络当前的手续费和最小提币数量，可以在[费率页面](https://www.okx.com/fees)查看。

## 怎么选网络
1. 先确认**接收方支持该币种的哪些网络**。网络再便宜，对方不支持也没用，资产可能无法到账；
2. 在双方都支持的网络里，比较手续费和到账速度；
3. 核对地址和网络是否匹配，例如 TRC20 地址以 \`T\` 开头，ERC20 地址以 \`0x\` 开头；
4. 对方要求填写 **Memo 或标签**的，不要漏填；
5. 第一次提到新地址，建议先提一小笔测试。

## 欧易账户之间转账免费
通过邮箱、手机号或 UID 转给另一位欧易用户属于**内部转账**：免手续费、实时到账，也没有 TXID。

## 另外
- 手续费按笔收取，分成多笔小额提币比一次提完花得更多；
- 已撤销的提币不收手续费；
- 最小提币数量也因网络而异，低于最小数量的提币无法提交。`,
  },
  // ---- zh-CN / identity-verification
  {
    locale: 'zh-CN',
    category: 'identity-verification',
    topicKey: 'kyc-accepted-documents',
    slug: 'kyc-accepted-documents',
    title: '身份认证支持哪些证件？',
    daysAgo: 98,
    body: `身份认证（KYC）用来确认您就是账户的主人。这是监管要求，同时也在保护您：完成认证的账户更难被盗，丢失双重验证后也能靠它找回账户。

## 身份证件
视国家或地区而定，通常支持：
- **护照**
- **身份证**
- **驾驶证**
- **居留许可**

选择国籍和证件类型后，认证页面会显示您所在国家或地区支持的证件清单。

## 对证件的要求
- 必须在**有效期内**，且没有破损；
- 必须是**原件**，复印件、扫描件或对着屏幕翻拍的都不行；
- 认证时填写的姓名必须与证件上**完全一致**，包括中间名；
- 证件上的文字和照片要清晰可读，图片不能经过任何编辑。

## 地址证明（高级认证）
通常支持：
- 水、电、燃气、宽带或固话账单
- 银行或信用卡对账单
- 政府机构出具的正式信函

文件上要有您的**全名和居住地址**，开具时间**较近**（一般在 3 个月以内），并且整页完整可见。部分地区不接受手机话费账单。

## 如何开始
1. 打开 **个人中心 → 身份认证**；
2. 选择国家或地区和证件类型；
3. 拍摄证件，并完成**人脸识别**；
4. 大多数审核几分钟内完成，部分需要人工审核，可能需要几个工作日。审核结果会通过邮件和 App 通知告诉您。

更多说明见[身份认证常见问题](https://www.okx.com/help/section/faq-kyc)。请不要把证件照片发到论坛，除了欧易 App 和 okx.com 上的认证页面，也不要发给任何人。`,
  },
  {
    locale: 'zh-CN',
    category: 'identity-verification',
    topicKey: 'kyc-rejection-reasons',
    slug: 'kyc-rejection-reasons',
    title: '身份认证被拒的常见原因，以及如何重新提交',
    daysAgo: 56,
    body: `认证被拒后，认证页面会显示具体原因。下面是最常见的几种情况和解决办法。

## 照片模糊
- 拍摄时拿稳手机，点一下屏幕对准证件对焦；
- 光线要充足、均匀。手机上看着还行的照片，放大后可能根本看不清字；
- 不要裁剪、修图或加滤镜；
- 把证件平放在深色、纯色的桌面上拍摄，边缘更清楚。

## 反光
- 关掉闪光灯，避免台灯正对证件；
- 把证件稍微倾斜一点。塑封卡片和护照内页特别容易反光。

## 证件不完整
- 证件的**四个角**都要拍进去；
- 不要有任何遮挡，包括手指、手机壳的阴影和贴纸。

## 证件过期或类型不支持
- 看一下有效期。过期的证件无法通过，即使在别处还能用；
- 请使用认证页面上列出的、您所在国家或地区支持的证件类型。

## 姓名或出生日期不一致
- 姓名要与证件上印的**完全一致**，包括中间名和姓名顺序。护照以底部的机读码为准；
- 如果页面上改不了姓名，可以通过 App 内在线客服申请重置认证。

## 人脸识别未通过
- 面向光源，不要背对窗户；
- 摘下眼镜、帽子和口罩；
- 关闭其他占用摄像头的应用，并把欧易 App 更新到最新版本。

## 如何重新提交
1. 打开 **个人中心 → 身份认证**，查看被拒原因；
2. 按原因处理后，点击**重新提交**；
3. 重新提交的资料通常几分钟内就有结果，人工审核的可能需要几个工作日；
4. 多次被拒的，建议隔一段时间再试，或通过[帮助中心](https://www.okx.com/help)联系客服。

重新提交不需要注册新账户。客服也不会通过邮件或私信找您要证件照片。`,
  },
  {
    locale: 'zh-CN',
    category: 'identity-verification',
    topicKey: 'face-verification-tips',
    slug: 'face-verification-tips',
    title: '人脸识别总是失败，怎么办？',
    daysAgo: 14,
    body: `人脸识别会把您的实时画面和证件照片进行比对。重置双重验证、解除账户限制时，也会用它确认是本人操作。如果一直不通过，可以先检查下面几项。

## 光线
- 面朝窗户或灯光，让光线均匀地照在脸上；
- 不要背对明亮的窗户或灯，否则摄像头只能拍到一个黑影；
- 避免半边脸在阴影里；
- 白天靠窗、面朝窗户的位置通常效果最好。

## 面部
- 摘下眼镜、帽子、口罩，不要让头发挡住额头和眼睛；
- 手机举到与眼睛平齐，距离大约一臂，整张脸都要在框内；
- 按提示转头、眨眼时动作放慢一些；
- 保持自然表情，关闭美颜和特效滤镜。

## 手机
1. 把欧易 App 更新到最新版本；
2. 关闭视频通话等可能占用摄像头的应用；
3. 在手机设置里允许欧易 App 使用摄像头；
4. 如果提示超时，换一下 Wi-Fi 或移动数据再试；
5. 不要用照片、截图或录好的视频代替实时画面，系统能识别出来，反而会导致失败。

## 还是不行？
- 隔一段时间再试：连续多次失败后，可能会暂时限制认证次数；
- 人脸识别必须由**账户本人**完成，不允许替别人的账户认证；
- 通过 App 内在线客服或[帮助中心](https://www.okx.com/help)联系客服。

## 提醒
人脸识别只会在欧易官方 App 或 okx.com 上进行。如果有人发来链接让您去做“人脸验证”，或者让您录一段手持证件的视频发给他，那一定是骗局，请通过 App 内在线客服举报。`,
  },
  // ---- zh-CN / trading-api
  {
    locale: 'zh-CN',
    category: 'trading-api',
    topicKey: 'create-api-key',
    slug: 'create-api-key',
    title: '创建 API Key：只开必要的权限，并绑定 IP 白名单',
    daysAgo: 94,
    body: `API Key 可以让程序（自己写的脚本、交易机器人、资产统计工具）代替您操作账户。创建时请按“万一泄露，损失也尽量小”的原则来设置。

## 创建步骤
1. 在 okx.com 进入 **个人中心 → API**，点击**创建 API Key**；
2. 起一个好认的名字，比如使用它的机器人名称；
3. 设置 **Passphrase**。签名请求时要用到，忘了无法找回；
4. 选择权限、填写绑定的 IP 地址（见下文）；
5. 完成安全验证后，保存 **API Key** 和 **SecretKey**。SecretKey **只显示一次**。

## 只开必要的权限
- **读取**：查询余额、订单和历史记录。资产统计、记账工具有这个就够了；
- **交易**：下单和撤单。只有真正要交易的机器人才需要；
- **提币**：把资产转出平台。几乎没有机器人需要这个权限，请不要勾选。

如果是交易机器人，可以考虑专门建一个**子账户**，只放机器人需要用的资金，再为子账户单独创建 API Key。

## 绑定 IP 地址
填写运行程序的服务器的公网 IP。来自其他地址的请求会被拒绝，即使 Key 泄露，别人在别处也用不了。具有交易或提币权限、但没有绑定 IP 的 API Key，长时间不用可能会被自动删除。

## 妥善保管
- 把 SecretKey 和 Passphrase 放在环境变量或密钥管理服务里，不要写进代码仓库；
- 不要贴到论坛、聊天群或截图里，打码也不行，很容易漏掉一处；
- 无论对方自称是谁，都不要把 SecretKey 或 Passphrase 交给别人；
- 怀疑泄露时，立即在 API 页面**删除**这个 Key，再重新创建。

每个接口的说明和所需权限见 [API 文档](https://www.okx.com/docs-v5/zh/)。`,
  },
  {
    locale: 'zh-CN',
    category: 'trading-api',
    topicKey: 'api-signature-errors',
    slug: 'api-signature-errors',
    title: 'API 签名错误排查：时间戳、签名字符串和 SecretKey',
    daysAgo: 38,
    body: `私有 REST 接口的请求需要用 SecretKey 签名。服务器提示签名错误时，几乎都是下面几种原因。

## 签名是怎么生成的
1. 拼接**待签名字符串**：\`timestamp + method + requestPath + body\`；
2. 用 **SecretKey** 做 **HMAC SHA256**；
3. 结果做 **Base64** 编码，放进请求头 \`OK-ACCESS-SIGN\`，同时带上 \`OK-ACCESS-KEY\`、\`OK-ACCESS-TIMESTAMP\` 和 \`OK-ACCESS-PASSPHRASE\`。

## 时间戳问题
- 时间戳使用 **UTC 时间、ISO 8601 格式，精确到毫秒**，例如 \`2024-05-01T08:30:15.123Z\`；
- 必须与服务器时间足够接近。本机时钟偏差太大会提示时间戳过期。请用 NTP 同步系统时间，或者先调用公共接口 \`/api/v5/public/time\` 获取服务器时间，再计算偏移量；
- 请求头里的时间戳和签名用的时间戳必须是**同一个值**。

## 待签名字符串问题
- **method 要大写**：\`GET\`、\`POST\`；
- GET 请求的 **requestPath 要带上查询参数**，例如 \`/api/v5/account/balance?ccy=BTC\`；
- GET 请求的 **body 为空字符串**，不要拼上 \`{}\`；
- POST 请求要对**实际发送的那段 JSON 字符串**签名。签名时序列化一次、发送时 HTTP 库又序列化一次，空格或字段顺序就可能变了。

## SecretKey 问题
- SecretKey **按原样作为字符串使用**，签名前不要做 Base64 解码；
- 检查复制时有没有带上多余的空格或换行；
- 确认 API Key、SecretKey 和 Passphrase 是同一组；**模拟盘**的 Key 只能配合模拟盘请求头使用。

## 还是不对？
把您的待签名字符串和 [API 文档](https://www.okx.com/docs-v5/zh/)中的示例逐字对比。发帖求助时，贴出待签名字符串和错误码就够了，SecretKey、Passphrase 和完整的签名请求**千万不要**贴出来。`,
  },
  {
    locale: 'zh-CN',
    category: 'trading-api',
    topicKey: 'api-rate-limits',
    slug: 'api-rate-limits',
    title: 'API 限频：怎么计算，怎样避免触发',
    daysAgo: 21,
    body: `每个 API 接口都有**限频**，也就是一段时间内允许的请求次数，例如 2 秒 20 次。超过之后，请求会返回“请求过于频繁”的错误，直到这个时间窗口结束。

## 限频怎么计算
每个接口的限频数值和计算方式都写在 [API 文档](https://www.okx.com/docs-v5/zh/) 对应接口的说明里：
- **按 IP**：主要是公共行情接口；
- **按用户 ID**：大部分私有接口，同一账户下的所有 API Key 共用额度；
- **按产品**：部分交易接口，例如下单接口按交易产品分别计算。

子账户的交易接口有各自独立的限频。

## 如何避免触发
1. **实时数据用 WebSocket。** 订阅订单、持仓和账户频道，不要每秒轮询 REST 接口；
2. **用批量接口。** 批量下单、批量改单、批量撤单，一次请求处理多笔订单；
3. **缓存不常变的数据**，比如产品基础信息；
4. **在程序里自己限速。** 为每个接口设好请求预算，请求多了就排队，不要一次全发出去；
5. **出错后退避重试。** 触发限频后先等一等，再逐步拉长间隔重试，不要立刻重发。

## 常见误区
- 同一账户下跑着好几个机器人或脚本，每个都以为自己能用满全部额度；
- 请求失败后在循环里不停重试，结果额度一直是满的；
- 反复拉取全部历史订单，而不是只取新增的记录。

## 另外
限频是为了保证所有用户的稳定使用，不会因为某个脚本单独放宽。如果业务确实需要更高的频率，请查看 API 文档中面向大额交易用户的相关说明。`,
  },
  {
    locale: 'zh-CN',
    category: 'trading-api',
    topicKey: 'futures-liquidation-funding',
    slug: 'futures-liquidation-funding',
    title: '合约与杠杆基础：强平、标记价格和资金费用',
    daysAgo: 7,
    body: `本文介绍永续合约和杠杆仓位的强平与资金费用是怎么回事，仅作规则说明，不构成任何投资建议。杠杆交易的亏损可能来得很快，也可能超出预期。

## 保证金与杠杆
使用杠杆，可以用较少的保证金开出更大的仓位。**逐仓**模式下，风险只限于分配给该仓位的保证金；**全仓**模式下，账户余额会共同为所有仓位提供保证金。

## 什么时候会强平
当仓位的**保证金率降到维持保证金率**时，说明亏损已经消耗掉了保证金，仓位会被强制平仓。需要注意：
- 强平依据的是**标记价格**，不是最新成交价。标记价格参考多家交易所的指数价格，不会因为单个盘口的瞬间插针而大幅波动。行情剧烈时，标记价格和最新价 K 线可能有差距；
- 计算时会考虑平仓手续费，所以实际强平会比简单计算的价格稍早一点触发；
- App 里显示的**预估强平价**会随着资金费用、手续费和保证金的变化而变化。

## 永续合约的资金费用
永续合约没有到期日。为了让合约价格贴近现货价格，多空双方会定期互相支付**资金费用**（通常每 8 小时一次）：
- 资金费率为**正**时，多头支付给空头；
- 资金费率为**负**时，空头支付给多头；
- 只有在**结算时刻持有仓位**，才会支付或收取资金费用。

资金费用在交易者之间收付。当前费率和下次结算时间显示在合约交易页面上。

## 控制风险
- 杠杆越低，强平价离当前价格越远；
- 逐仓仓位可以视情况追加保证金；
- **止损单**可以在到达强平价之前平仓，触发价格也可以选择标记价格。

强平记录和资金费用明细可以在仓位历史和交易账户账单中查看。完整规则见[帮助中心](https://www.okx.com/help)。`,
  },
];

export const DEMO_ARTICLES: DemoArticle[] = [...EN_ARTICLES, ...ZH_ARTICLES];
