# One-off migration for issue 18, run on 2026-12-05 and kept as the record of the mapping:
# points the example catalog's runbook, rotation-guide and incident-response links at the
# TechDocs runbooks beside the YAML. Run from the repo root:
#   python3 scripts/migrations/point-runbook-links-at-techdocs.py
import re,glob,os
root=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'catalog-info')
D='/docs/default/system/'
SYSTEMS=['event-data-platform','notification-ingestion','recommendations','reviews','platform']
def sections(sys):
    p=f'{root}/{sys}/docs/components.md'
    return set(re.findall(r'^## (\S+)$',open(p).read(),re.M))
SECT={s:sections(s) for s in SYSTEMS}
PL=D+'platform/'
FIXED={
 '/runbooks/security/leaked-credential':PL+'leaked-credential/',
 '/runbooks/security/kms-key-compromise':PL+'kms/#key-compromise',
 '/runbooks/platform/certificate-expired':PL+'acm/#certificate-expired-or-revoked',
 '/runbooks/security/vault-sealed-or-down':PL+'vault/#sealed-or-down',
 '/runbooks/reviews/aurora-credential-leak':PL+'leaked-credential/#database-credentials',
 '/runbooks/platform/secrets-manager-outage':PL+'secrets-manager/#outage',
 '/runbooks/platform/parameter-store-outage':PL+'parameter-store/#outage',
 '/security/secret-handling-policy#migrating-off-laptops':PL+'secret-handling/#migrating-secrets-off-laptops',
 '/runbooks/platform/secrets-manager':PL+'secrets-manager/',
 '/runbooks/security/vault':PL+'vault/',
 '/security/secret-handling-policy':PL+'secret-handling/',
 '/sre/incident-process':PL+'incident-process/',
 '/platform/secrets/secrets-manager':PL+'secrets-manager/',
 '/platform/secrets/parameter-store':PL+'parameter-store/',
 '/platform/secrets/acm':PL+'acm/',
 '/security/kms':PL+'kms/',
 '/security/vault':PL+'vault/',
}
TOPIC={
 'event-data-platform':{'/runbooks/event-data-platform':'','/runbooks/event-data-platform/kinesis-streams':'kinesis-iterator-age/','/runbooks/event-data-platform/firehose':'firehose-and-events-lake/','/runbooks/event-data-platform/events-lake':'firehose-and-events-lake/#no-new-objects-in-the-lake'},
 'notification-ingestion':{'/runbooks/notification-ingestion':'','/runbooks/notification-ingestion/orchestrator':'step-functions-failures/','/runbooks/notification-ingestion/redrive-dlq':'dead-letter-queue-redrive/','/runbooks/notification-ingestion/inbox-bucket':'stopped-getting-data/','/runbooks/notification-ingestion/channel-queues':'channel-queues/','/runbooks/notification-ingestion/converter-failures':'dead-letter-queue-redrive/#3-converter-dlq'},
 'recommendations':{'/runbooks/recommendations':'','/runbooks/recommendations/ranking-refresh':'step-functions-failures/','/runbooks/recommendations/drop-bucket':'stopped-getting-data/','/runbooks/recommendations/sagemaker-endpoints':'sagemaker-endpoints/'},
 'reviews':{'/runbooks/reviews/moderation':'moderation/','/runbooks/reviews/aurora':'aurora-failover-and-replica-lag/'},
 'platform':{},
}
unmapped=[]
def new_url(sys, entity, ltype, old):
    if old.startswith('/systems/'):
        return D+old.split('/')[2]+'/'
    if ltype=='rotation-guide':
        return D+sys+'/rotating-secrets/#'+entity
    if old in FIXED: return FIXED[old]
    if old in TOPIC.get(sys,{}): return D+sys+'/'+TOPIC[sys][old]
    if ltype=='runbook' and entity in SECT.get(sys,()):
        return D+sys+'/components/#'+entity
    unmapped.append((sys,entity,ltype,old)); return None
def process(path, sys_of):
    lines=open(path).read().split('\n')
    entity=None; out=[]
    # find link blocks: "- url: X" then title/type lines within the same item
    i=0
    # first pass: entity per line
    ent_at=[]
    in_meta=False
    for ln in lines:
        if ln.startswith('metadata:'): in_meta=True
        elif re.match(r'^\S',ln): in_meta=False
        m=re.match(r'^  name: (\S+)',ln)
        if in_meta and m: entity=m.group(1)
        ent_at.append(entity)
    changed=0
    for idx,ln in enumerate(lines):
        m=re.match(r'^(\s*- url: )https://wiki\.example\.com(\S*)$',ln)
        if m:
            # type of this item: scan following lines with deeper indent
            ind=len(m.group(1))-len(m.group(1).lstrip())
            ltype=None; j=idx+1
            while j<len(lines) and lines[j].startswith(' '*(ind+2)) and not lines[j].strip().startswith('- '):
                t=re.match(r'^\s*type: (\S+)',lines[j])
                if t: ltype=t.group(1)
                j+=1
            sysn=sys_of(ent_at[idx])
            nu=new_url(sysn,ent_at[idx],ltype,m.group(2))
            if nu:
                lines[idx]=m.group(1)+nu; changed+=1
    open(path,'w').write('\n'.join(lines))
    return changed
total=0
for s in SYSTEMS:
    for f in glob.glob(f'{root}/{s}/*.yaml'):
        total+=process(f, lambda e,s=s: s)
for f in glob.glob(f'{root}/secrets/*.yaml'):
    base=os.path.basename(f)[:-5]
    total+=process(f, lambda e,b=base: 'platform' if b=='stores' else b)
total+=process(f'{root}/org/groups.yaml', lambda e:'platform')
print('changed',total)
for u in unmapped: print('UNMAPPED',u)
