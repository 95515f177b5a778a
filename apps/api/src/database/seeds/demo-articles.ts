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
Log in only at **https://www.okx.com** or in the official OKX app installed from your phone's app store. Before entering your password, check the address bar: the domain must end in \`okx.com\`. Sites that add words, dashes or extra letters to the name are not ours, however convincing they look.

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

export const DEMO_ARTICLES: DemoArticle[] = [...EN_ARTICLES];
