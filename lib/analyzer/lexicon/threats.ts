/**
 * Threat phrases (patterns: see patterns.ts). Each names a customer's next step outside the chat. Hard negatives stay
 * out by construction: cancelling an order or a purchase, switching plans, and asking for customer service are calm.
 * Arrays are sorted and unique (tests/lib/analyzer/lexicon.test.ts).
 */

/** Leaving: closing the account or subscription, moving to a competitor. */
export const CHURN = [
  'account|accounts|user|profile|membership|subscription cancellation*|closure*|closing|deletion*|removal*|termination*',
  'account|accounts|user|profile|membership|subscription ~ cancel*|clos*|delet*|terminat*|deactivat*|remov* it',
  'am|are done with you|your|this company|service|app',
  'another|different|new _? provider|providers|company|bank|carrier|supplier|operator|isp|network',
  'cancel* everything|all',
  'cancel*|clos*|delet*|terminat*|deactivat*|remov*|end|quit* my|the|a|an|this|our|your? _? _? account|accounts|subscription|subscriptions|membership|contract|profile|user|users',
  'consider ~ account|subscription|membership|contract|plan ~ closed|cancelled|canceled|terminated|over',
  'deletion|closure|cancellation|termination|removal of my|the|a|an|this|our? _? _? account|accounts|subscription|membership|contract|profile',
  'get rid of my|the|this? _? account|subscription|membership',
  'go|going|switch*|mov*|chang*|tak* ~ competitor|competitors|competition|elsewhere',
  'if ~ not|no fixed|resolved|sorted|refunded|solved|changed ~ i|we am|are|will be? out|gone|done|leaving|off',
  'i|we am|are|will be? cancelling|canceling|quitting|leaving',
  'i|we will|am|are ~ leav*|quit* ~ company|service|you|platform|bank|provider',
  'i|we will|am|are? not|never be? coming|come back',
  'last ~ as your|a customer|client',
  'lost|losing a|one|another customer|client',
  'lost|losing|lose my|our business|custom',
  'mov*|tak*|shift*|bring* my|our business|custom|money ~ elsewhere|competitor*|rival*|another|other|different',
  'mov*|tak*|switch*|migrat* ~ away from your|this platform|service|network|app|bank|software',
  'mov*|tak*|switch*|migrat* ~ off your|this platform|service|network|app|bank|software',
  'my|our notice',
  'never fly|flying|book|booking|order|ordering|buy|buying|use|using|stay|staying ~ with|from|at you|u|here again',
  'never ~ buy*|order*|use|shop*|recommend* ~ again',
  'no longer renew*|renewing',
  'not bother|bothering renew*',
  'not expect|count ~ renew*|stay|return|continue',
  'not ~ buy*|order*|shop*|use ~ ever again',
  'not|never be? renew*|renewing',
  'not|never ~ stay* with',
  'port* my|our number|numbers|line out|away|elsewhere',
  'port* my|our number|numbers|line ~ to another|a different|other',
  'signed|sign|joined|join up? with another|a|different|new',
  'stop*|end* my|our plan|subscription|membership|contract|service|plans',
  'switch*|mov*|chang*|go|going to|with another|a|other provider|company|bank|carrier|supplier|store|shop|brand|service',
  'tak* my|our money|business|custom ~ elsewhere|somewhere',
  'tak*|mov*|switch*|bring* our|my ~ to|over a|your|another competitor*|rival*|provider',
  'this is|was the last time',
  'this|it is|will be? my|our last month|year|order|purchase|subscription|time',
  'unless ~ fixed|resolved|sorted|refunded|solved ~ i|we am|are|will be? out|gone|done|leaving|off',
  'unsubscrib*',
] as const;

/** The verbs of a bare notice ("I'm cancelling."): churn only when nothing follows them in the clause (phrase-hits.ts). */
export const NOTICE_VERBS = ['canceling', 'cancelling', 'leaving', 'quitting'] as const;

/** Words that make a churn phrase calm: unsubscribing from a newsletter, asking what cancelling costs. */
export const CHURN_VETO = [
  'alerts',
  'charge',
  'charges',
  'cost',
  'costs',
  'email',
  'emails',
  'fee',
  'fees',
  'mailing',
  'marketing',
  'newsletter',
  'newsletters',
  'notifications',
  'penalties',
  'penalty',
  'promotional',
  'sms',
  'texts',
] as const;

/** Going public or formal: complaints, claims, bad reviews, social media, regulators. */
export const COMPLAINT = [
  'all over the? internet|web|news|twitter|facebook|reddit|tiktok|instagram|youtube|social',
  'bbb',
  'better business bureau',
  'chargeback|chargebacks',
  'claim|claims|reclamation|reclamations|grievance against',
  'complain|complaining|complaint|complaints|complained',
  'consumer|customer claim|claims|reclamation|reclamations|grievance|grievances',
  'everyone|everybody on twitter|facebook|reddit|instagram|tiktok|linkedin|youtube|social',
  'everyone|everybody|people|world|followers|friends ~ hear|know|read|see about|of this|it|you|your|how',
  'file*|filing|lodg*|mak*|submit*|rais*|open*|put in? a|an|my? _? claim|claims|reclamation|reclamations|grievance',
  'going to|gonna|will|shall hear about this',
  'going to|will|gonna be brutal|scathing|savage|harsh',
  'go|going|contact*|tell|writ*|email* ~ press|media|newspaper|newspapers|journalist|journalists|tv|watchdog',
  'go|make ~ viral',
  'honest|brutal|scathing review',
  'leav*|writ*|post*|giv* ~ bad|negative|terrible|awful|horrible|scathing|one|1|zero|0 star? review|reviews|rating',
  'let|letting|make everyone|everybody|people know|knows|hear',
  'make sure|let ~ everyone|everybody|friends|people|followers|world ~ know*|hear*',
  'ombudsman',
  'on my blog|channel|page|podcast|vlog|website',
  'post*|shar*|publish* ~ screenshot*|chat|conversation|transcript|recording',
  'post*|shar*|put*|tweet*|writ*|tell*|warn*|expos* ~ on|to twitter|facebook|reddit|instagram|tiktok|youtube|social|online|trustpilot|yelp|google',
  'rate|rating ~ zero|0|one|1|no star|stars',
  'report you|this|your|them ~ to',
  'review bomb*',
  'review ~ brutal|scathing|honest|negative|bad|terrible',
  'screenshot*|recording|recordings|transcript ~ twitter|facebook|reddit|online|social|instagram|tiktok|trustpilot|public|everyone|linkedin',
  'tell*|warn* everyone|everybody|anyone|people',
  'this|it|that|everything|chat|conversation|screenshot|screenshots|transcript ~ going|go|goes on|onto twitter|facebook|reddit|tiktok|instagram|youtube|trustpilot|linkedin|social',
  'trading standards',
  'video|post|thread|vlog|blog about this|you|your|it',
  'zero|0|one|1 star|stars',
] as const;

/** Asking past the agent: a human, a manager, someone in charge. Asking for customer service itself is calm. */
export const ESCALATION = [
  'anyone|someone|somebody|person|people|agent|colleague|staff more? senior|higher|above',
  'a|an|the|your|my real|live|actual|human person|human|people|agent|representative',
  'chat*|speak*|talk*|contact*|reach*|call*|connect* ~ person|human|agent|representative|rep|operator|somebody|someone|assistant|manager|supervisor',
  'chat*|speak*|talk*|contact*|reach*|call*|connect*|put|pass*|hand*|get|give|want|writ*|email* ~ ceo|director|owner|head|lead|leader|senior|superior|authority|whoever',
  'escalat*',
  'find|get me? someone|somebody who|that ~ actually|knows|know|understands|competent',
  'get|give me someone|somebody who|that',
  'get|give|want|need me? a|an human|person|representative|operator',
  'hand*|pass* ~ over|on|up to ~ senior|manager|supervisor|superior|boss|lead|human|higher|someone|somebody',
  'higher up|ups',
  'line manager*',
  'not ~ talk*|speak*|chat* to|with a|the|this? bot|machine|robot|computer',
  'person|someone|somebody responsible',
  'senior|more senior agent|person|colleague|staff|member|manager|rep|representative|level|support|advisor|adviser',
  'someone|somebody|anyone|person who|that can|could actually? make|take|authorise|authorize|approve ~ decision|decisions|call',
  'someone|somebody|person with ~ authority',
  'someone|somebody|person|anyone|whoever|one in charge',
  'tak*|bring*|push*|mov* this|it|my ~ higher|further',
  'team lead|leader',
  'transfer* me',
  'up the chain|ladder',
  'who is above|over you|u',
  'whoever ~ above|charge|senior|responsible',
  'your|a|the boss|manager*|supervisor*|superior',
] as const;

/**
 * Words that make a churn phrase housekeeping, not leaving, when they sit inside it: closing a duplicate, test or old
 * account, a late relative's account, a savings account beside the one kept.
 */
export const CHURN_INSIDE_VETO = [
  'deceased',
  'duplicate',
  'extra',
  'holiday',
  'holidays',
  'late',
  'old',
  'other',
  'savings',
  'second',
  'spare',
  'test',
  'trip',
  'unused',
  'vacation',
] as const;

/** "I lost my business card": what follows "business" when it is a thing of the customer's, not their custom. */
export const CHURN_BUSINESS_THINGS = [
  'account',
  'accounts',
  'address',
  'card',
  'cards',
  'email',
  'hours',
  'name',
  'number',
  'partner',
  'plan',
] as const;

/** "Go to an other company": after "other", where the customer goes; not a housekeeping word then. */
export const CHURN_PROVIDERS = [
  'bank',
  'brand',
  'carrier',
  'company',
  'network',
  'provider',
  'shop',
  'store',
  'supplier',
] as const;

/** "Move to a higher tier": what follows "higher" when it is a plan, not someone above the agent. */
export const ESCALATION_HIGHER_THINGS = [
  'grade',
  'level',
  'package',
  'plan',
  'quality',
  'resolution',
  'tier',
] as const;

/**
 * Topics after "speak to someone about/in …" that make it a request for a department, not past the agent ("talk to
 * someone in sales", "speak to a person about financing"); "about this" or "about my refund" still escalates.
 */
export const ESCALATION_TOPIC_OPENERS = ['about', 'from', 'in', 'regarding'] as const;
export const ESCALATION_TOPIC_KEEP = ['it', 'my', 'that', 'the', 'this', 'your'] as const;

/** "Stop my plan from renewing", "end the contract from auto-renewing": a setting, not leaving. Words after "from". */
export const CHURN_FROM_VETO = [
  'auto',
  'automatic',
  'automatically',
  'bill',
  'billing',
  'charging',
  'renew',
  'renewing',
] as const;

/** Words right after "complaint" that make it a reference, not a threat: "my complaint number", "complaints policy". */
export const COMPLAINT_AFTER_VETO = [
  'button',
  'feature',
  'field',
  'form',
  'forms',
  'id',
  'module',
  'number',
  'page',
  'plugin',
  'policy',
  'reference',
  'section',
  'template',
] as const;

/**
 * A team or a place after "someone in …" / "the manager of …": a department or a branch, not someone past the agent
 * ("someone in your billing department", "the manager of the Leeds shop"); a complaints or management team still
 * escalates.
 */
export const DEPARTMENTS = [
  'branch',
  'department',
  'dept',
  'desk',
  'office',
  'shop',
  'store',
  'team',
] as const;
export const DEPARTMENTS_THAT_ESCALATE = [
  'complaint',
  'complaints',
  'escalation',
  'escalations',
  'executive',
  'management',
] as const;

/**
 * What a manager or an escalation is in software, after the word: "the manager account", "a manager role", "escalate
 * privileges for a new admin". A setting, not someone past the agent.
 */
export const ESCALATION_ROLE_THINGS = [
  'access',
  'account',
  'accounts',
  'dashboard',
  'level',
  'login',
  'permission',
  'permissions',
  'portal',
  'privilege',
  'privileges',
  'profile',
  'rights',
  'role',
  'roles',
  'seat',
  'seats',
  'view',
] as const;

/**
 * Routine topics after "speak to someone about my/the …": a department's work, not a complaint ("about my invoice",
 * "about the upgrade"); "about my refund" or "about this" still escalates.
 */
export const ESCALATION_ROUTINE_TOPICS = [
  'bill',
  'billing',
  'contract',
  'downgrade',
  'financing',
  'invoice',
  'invoices',
  'licence',
  'licences',
  'license',
  'licenses',
  'plan',
  'plans',
  'pricing',
  'quote',
  'seats',
  'subscription',
  'upgrade',
  'upgrading',
  'vat',
] as const;

/** Words that make an escalation phrase a report, not a request: "no longer talking to the same person". */
export const ESCALATION_VETO = ['earlier', 'previous', 'same'] as const;

/** Lawyers, courts, regulators. */
export const LEGAL = [
  'breach*|violat*|broke|breaking|break|against ~ law|laws|gdpr|regulation|regulations|act|rights',
  'class action',
  'consumer protection|rights',
  'county|district|civil|high|supreme|crown|magistrates|federal court|courts',
  'enforce my|our rights',
  'explain*|tell*|answer*|justify ~ to a|the judge|court|magistrate|jury|tribunal',
  'from my|our attorney*|lawyer*|solicitor*|legal',
  'going to enforce it|this',
  'go|going|went|drag*|bring*|tak* ~ court|courts|tribunal',
  'hear from ~ attorney*|lawyer*|solicitor*|legal',
  'is|are|was illegal|unlawful',
  'lawsuit|lawsuits|suing',
  'lawyer|legal|court|law case|cases|suit against',
  'legal action|proceedings|advice|steps|claim',
  'my|our attorney*|lawyer*|solicitor* will|is|are|would|shall|has|have|and|about',
  'report*|contact*|complain*|go|going|escalat*|file*|filing|writ* ~ fca|ftc|cfpb|ofcom|ofgem|ofwat|cma|accc|bbb|asa|fcc|ico|caa|regulator|regulators|authorities|police|ombudsman|commissioner*|attorney|data|financial',
  'report*|contact*|complain*|go|going|tell*|writ*|call* ~ trading standards',
  'see|take|taking you|them|this|it ~ to|in court',
  'settle|settled|settling|sort this|it ~ in court',
  'small claims',
  'sue you|your|them|the|this|over|for',
  'to the? regulator|regulators|fca|ftc|cfpb|ofcom|ofgem|ofwat|cma|accc|bbb|asa|fcc|ico|caa|authorities',
  'to|with|call*|contact*|hire|hiring|hired|get|getting|consult*|involv*|have|got ~ attorney*|lawyer*|solicitor*',
  'will|gonna enforce it|this',
  'will|to|i|gonna sue',
] as const;
