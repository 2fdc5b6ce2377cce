#!/usr/bin/env python3
"""Generates the bundled taxonomy snapshot (msbiome-taxonomy 2026.1) from the team's reference files.

Run from the repository root:  python3 core/tools/generate_taxonomy_snapshot.py /work/shared/reference
Writes core/src/main/resources/org/msbiome/core/taxonomy/{snapshot,names,taxa,merged-taxids}.tsv.
Every row names its sources; nothing is added that the reference files (or the citations in issue 14,
each with a URL or DOI below) do not give.
"""
import csv, os, re, sys
from collections import OrderedDict, defaultdict

REF = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/reference'
OUT = 'core/src/main/resources/org/msbiome/core/taxonomy'
T = os.path.join(REF, 'taxonomy')

SOURCES = OrderedDict([
    ('ZHENG2020', ('2020-04-23', 'Zheng J. et al. 2020, IJSEM 70:2782-2858, doi:10.1099/ijsem.0.004107; rows from the Lactotax table '
                   'https://github.com/swuyts/lactotax data/2020_04_23.tsv (commit bd741417afe34e6ac16bcc5c9d11406dbe2f5585)')),
    ('LACTOTAX2025', ('2025-04-02', 'Lactotax table of 2025-04-02, https://github.com/swuyts/lactotax data/2025_04_02.xlsx '
                      '(commit fd4fc7570fbbd794be759941c3d83e635ff3a2eb), rows whose basonym genus is Lactobacillus')),
    ('MASCO2004', ('2004-07', 'Masco L. et al. 2004, IJSEM 54:1137-1143, B. lactis reclassified as B. animalis subsp. lactis, '
                   'doi:10.1099/ijs.0.03011-0, PMID 15280282')),
    ('MATTARELLI2008', ('2008', 'Mattarelli P., Bonaparte C., Pot B., Biavati B. 2008, IJSEM, proposal to reclassify the three '
                        'biotypes of Bifidobacterium longum as three subspecies (B. longum subsp. infantis comb. nov.), as cited at '
                        'http://eol.org/pages/974714/overview')),
    ('GUPTA2020', ('2020', 'Gupta et al. 2020, Bacillus coagulans transferred to Weizmannia (Weizmannia coagulans (Hammer 1915) '
                   'Gupta et al. 2020), as given at https://en.wikipedia.org/wiki/Heyndrickxia_coagulans')),
    ('NARSINGRAO2023', ('2023', 'Narsing Rao et al. 2023, Weizmannia merged into Heyndrickxia (Heyndrickxia coagulans (Hammer 1915) '
                        'Narsing Rao et al. 2023), as given at https://en.wikipedia.org/wiki/Heyndrickxia_coagulans')),
    ('SCHLEIFER1991', ('1991', 'Schleifer K.H. et al. 1991, Streptococcus thermophilus revived as a species (validly published in '
                       'IJSB 45:619-620, Validation List No. 54, 1995, doi:10.1099/00207713-45-3-619); synonym Streptococcus '
                       'salivarius subsp. thermophilus (Orla-Jensen 1919) Farrow and Collins 1984, as given at '
                       'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Streptococcus_thermophilus')),
    ('BLANCO2023', ('2023-11-08', 'Blanco-Miguez A. et al. 2023, Cell Host Microbe 31(11):1804-1819, "Segatella copri (formerly '
                    'Prevotella copri)", doi:10.1016/j.chom.2023.09.013')),
    ('SAKAMOTO2022', ('2022', 'Sakamoto M. et al. 2022, Faecalibacterium duncaniae sp. nov. (type strain A2-165, formerly '
                      'F. prausnitzii A2-165), doi:10.1099/ijsem.0.005379')),
    ('OREN2021', ('2021-10', 'Oren A., Garrity G.M. 2021, Valid publication of the names of forty-two phyla of prokaryotes, '
                  'IJSEM 71:005056, doi:10.1099/ijsem.0.005056')),
    ('BUGSIGDB2025', ('2025-08-05', 'BugSigDB export of 2025-08-05, https://github.com/waldronlab/BugSigDBExports full_dump.csv '
                      '(commit 0004e7136219fb54a98d180d5c6066be6b3858f6), MetaPhlAn name and NCBI taxid lineage pairs; '
                      'Geistlinger L. et al. 2023, doi:10.1038/s41587-023-01872-y')),
    ('KRAKEN2021', ('2021-03-11', 'Kraken2/Bracken report of HMP sample SRS014459 (NCBI taxonomy of the Kraken2 database then), '
                    'https://github.com/shenwei356/taxonkit example/SRS014459-Stool.fasta.gz_bracken_species.kreport '
                    '(commit 8f0279797376e2d58790d2f818554d1905eed814)')),
    ('ONECODEX', ('2025-04-03', 'NCBI taxdump rows in https://github.com/onecodex/taxonomy tests/data/names.dmp (commit '
                  'ea0c04bc3466806004913e1c1c58f455156e15ca, 2025-03-15) and tests/data/nodes.dmp (commit '
                  '0c47f79df7f8e61bc02d1503587b439c13ce8366, 2025-04-03); NCBI dump date not stated')),
    ('TAXONKITDOC', ('2021', 'taxonkit documentation, https://github.com/shenwei356/taxonkit doc/docs/usage.md '
                     '("Lactobacillus fermentum" converted to Limosilactobacillus fermentum, taxid 1613)')),
    ('TAXIDCHANGELOG', ('2025-01', 'NCBI taxid history events up to 2025-01, https://github.com/shenwei356/taxid-changelog '
                        'README examples 3 and 4 (commit e8c3e19fae9e38de9b405ec3bdaaa1509aabefc1)')),
    ('N1', ('2021-12-06', 'NCBI taxdump of 2021-12-06 as used in https://github.com/shenwei356/sun2021-cami-profiles '
            'sequence_abd/*.profile')),
    ('N2', ('2019-01-08', 'NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2, https://github.com/KoslickiLab/L2-UniFrac-Paper '
            'data/adenoma_266076/profiles/*.profile')),
    ('F1', ('2025', 'openFDA substance records by UNII, https://api.fda.gov/other/substance.json (UNII 9601IVB87J, SA940P2U00, '
            '7A4S6N2EG2)')),
])
used = set()
def cite(*keys):
    for k in keys:
        assert k in SOURCES or k.startswith('DOI-'), k
        used.add(k)
    return '|'.join(dict.fromkeys(keys))

DOI_REFS = OrderedDict()
def doi_key(doi):
    doi = doi.strip().rstrip('.')
    key = 'DOI-' + re.sub(r'[^A-Za-z0-9_.\-]', '-', doi)
    DOI_REFS[key] = doi
    return key

# --- names ------------------------------------------------------------------------------------------
accepted = OrderedDict()   # name -> {rank, sources}
synonyms = OrderedDict()   # former -> {current, rank, revision, sources}
skipped = []

def rank_of(name):
    if ' subsp. ' in name: return 'subspecies'
    if ' var. ' in name: return 'varietas'
    return 'species' if ' ' in name else 'genus'

def accept(name, *src, rank=None):
    row = accepted.setdefault(name, {'rank': rank or rank_of(name), 'sources': []})
    row['sources'] += [s for s in src if s not in row['sources']]

def synonym(former, current, revision, *src, rank=None):
    assert former != current, former
    if former in accepted:
        del accepted[former]
    row = synonyms.get(former)
    if row and row['current'] != current:
        # a later source supersedes: keep the newest current name, cite both
        pass
    synonyms[former] = {'current': current, 'rank': rank or rank_of(former), 'revision': revision,
                        'sources': list(dict.fromkeys((row['sources'] if row else []) + list(src)))}

zheng = list(csv.DictReader(open(os.path.join(T, 'zheng2020-lactobacillus.tsv')), delimiter='\t'))
zheng_map = {}
for r in zheng:
    old, new = r['old_name'].strip(), r['new_name'].strip()
    zheng_map[old] = new
    accept(new, 'ZHENG2020')
    if old != new:
        synonym(old, new, cite('ZHENG2020'), 'ZHENG2020')

# The table lists a species that has subspecies only through its subspecies rows; the species name is the first
# two words of those rows (Lactobacillus sakei subsp. sakei -> Latilactobacillus sakei subsp. sakei gives
# Lactobacillus sakei -> Latilactobacillus sakei).
for r in zheng:
    old, new = r['old_name'].strip(), r['new_name'].strip()
    if ' subsp. ' in old:
        old_sp, new_sp = old.split(' subsp. ')[0], new.split(' subsp. ')[0]
        zheng_map.setdefault(old_sp, new_sp)
        accept(new_sp, 'ZHENG2020')
        if old_sp != new_sp and old_sp not in synonyms:
            synonym(old_sp, new_sp, cite('ZHENG2020'), 'ZHENG2020')

lt = list(csv.DictReader(open(os.path.join(T, 'lactotax-2025-04-02-lactobacillus-basonyms.tsv')), delimiter='\t'))
corrections = []
for r in lt:
    g, sp, ss = r['Genus'].strip(), r['Species'].strip(), r['subspecies'].strip()
    ng, nsp = r['proposed new genus name'].strip(), r['proposed new species name'].strip()
    if not ng or not nsp:
        skipped.append('lactotax 2025 row without a proposed name: %s %s %s' % (g, sp, ss)); continue
    words = nsp.split()
    if len(words) == 1 and (not ss or ss == sp):
        old, new = '%s %s' % (g, sp), '%s %s' % (ng, nsp)          # species row, or 'zeae zeae' -> Lacticaseibacillus zeae
    elif len(words) == 1 and ng == g and nsp == sp:
        old = new = '%s %s subsp. %s' % (g, sp, ss)                # subspecies listed under an unchanged species
    elif len(words) == 2:
        old, new = '%s %s subsp. %s' % (g, sp, ss), '%s %s subsp. %s' % (ng, words[0], words[1])
    elif len(words) == 3 and words[1] == 'subsp.':
        old, new = '%s %s subsp. %s' % (g, sp, ss), '%s %s' % (ng, nsp)
    else:
        skipped.append('lactotax 2025 proposed name not read: %r' % nsp); continue
    accept(new, 'LACTOTAX2025')
    z = zheng_map.get(old)
    # A subspecies combination in Lactobacillus that Zheng 2020 does not list was never published (the reuteri
    # subspecies of Li et al. 2021 were described in Limosilactobacillus): no synonym is made up for it.
    attested = z is not None or ' subsp. ' not in old
    if old != new and attested:
        if z is not None and z != new:
            corrections.append((old, z, new))
            synonym(z, new, cite('LACTOTAX2025'), 'LACTOTAX2025')
            synonym(old, new, cite('LACTOTAX2025'), 'ZHENG2020', 'LACTOTAX2025')
        elif z is None:
            synonym(old, new, cite('LACTOTAX2025'), 'LACTOTAX2025')
    refs = [x.strip() for x in r['reference for obsolete names'].split(';') if x.strip()]
    for ob in [x.strip() for x in r['obsolete names'].split(';') if x.strip()]:
        if not re.fullmatch(r'[A-Z][a-z]+ [a-z]+( (subsp\.|ssp\.) [a-z]+)?', ob):
            skipped.append('lactotax 2025 obsolete name not a full name: %r (for %s)' % (ob, new)); continue
        ob = ob.replace(' ssp. ', ' subsp. ')
        if ob == new:
            continue
        keys = [doi_key(x) for x in refs]
        for k in keys: used.add(k)
        rev = '|'.join(keys)
        # a name that is still accepted elsewhere (e.g. an old subspecies now a synonym) becomes a synonym here
        synonym(ob, new, rev, 'LACTOTAX2025', *keys)

# issue 14 renamings, each with its own citation
accept('Bifidobacterium animalis subsp. lactis', 'MASCO2004')
synonym('Bifidobacterium lactis', 'Bifidobacterium animalis subsp. lactis', cite('MASCO2004'), 'MASCO2004')
accept('Bifidobacterium longum subsp. infantis', 'MATTARELLI2008')
synonym('Bifidobacterium infantis', 'Bifidobacterium longum subsp. infantis', cite('MATTARELLI2008'), 'MATTARELLI2008')
accept('Heyndrickxia coagulans', 'NARSINGRAO2023')
synonym('Bacillus coagulans', 'Heyndrickxia coagulans', cite('GUPTA2020', 'NARSINGRAO2023'), 'GUPTA2020', 'NARSINGRAO2023')
synonym('Weizmannia coagulans', 'Heyndrickxia coagulans', cite('NARSINGRAO2023'), 'GUPTA2020', 'NARSINGRAO2023')
accept('Streptococcus thermophilus', 'SCHLEIFER1991')
synonym('Streptococcus salivarius subsp. thermophilus', 'Streptococcus thermophilus', cite('SCHLEIFER1991'), 'SCHLEIFER1991')
accept('Segatella copri', 'BLANCO2023')
synonym('Prevotella copri', 'Segatella copri', '', 'BLANCO2023')
accept('Faecalibacterium duncaniae', 'SAKAMOTO2022')
for old, new in [('Firmicutes', 'Bacillota'), ('Bacteroidetes', 'Bacteroidota'), ('Proteobacteria', 'Pseudomonadota'),
                 ('Actinobacteria', 'Actinomycetota'), ('Verrucomicrobia', 'Verrucomicrobiota')]:
    accept(new, 'OREN2021', rank='phylum')
    synonym(old, new, cite('OREN2021'), 'OREN2021', rank='phylum')

# --- taxa (NCBI taxids) -----------------------------------------------------------------------------
def source_key(s):
    if s.startswith('waldronlab/BugSigDBExports'): return 'BUGSIGDB2025'
    if s.startswith('shenwei356/taxonkit example'): return 'KRAKEN2021'
    if s.startswith('onecodex/taxonomy'): return 'ONECODEX'
    if s.startswith('shenwei356/taxonkit doc'): return 'TAXONKITDOC'
    raise ValueError(s)
PRIORITY = ['BUGSIGDB2025', 'ONECODEX', 'TAXONKITDOC', 'KRAKEN2021']
KRAKEN_RANK = {'D': 'superkingdom', 'K': 'kingdom', 'P': 'phylum', 'C': 'class', 'O': 'order', 'F': 'family', 'G': 'genus', 'S': 'species'}
RANKS = {'domain', 'superkingdom', 'kingdom', 'phylum', 'class', 'order', 'family', 'genus', 'species', 'subspecies', 'strain'}

rows = list(csv.DictReader(open(os.path.join(T, 'ncbi-taxa.tsv')), delimiter='\t'))
by_id = defaultdict(list)
for r in rows:
    by_id[int(r['taxid'])].append(r)
taxa = OrderedDict()
for tid in sorted(by_id):
    rs = sorted(by_id[tid], key=lambda r: PRIORITY.index(source_key(r['source'])))
    best = rs[0]
    rank = best['rank']
    if rank.startswith('kraken:'):
        rank = KRAKEN_RANK.get(rank[7:], '')
    if rank not in RANKS:
        rank = ''
    srcs = list(dict.fromkeys(source_key(r['source']) for r in rs))
    for s in srcs: used.add(s)
    lineage = best['lineage_taxids'].replace(';', '|') if best['lineage_taxids'] else ''
    taxa[tid] = {'name': best['scientific_name'], 'rank': rank, 'lineage': lineage, 'sources': srcs}
    names = OrderedDict((r['scientific_name'], source_key(r['source'])) for r in rs)
    for other, s in names.items():
        if other != best['scientific_name']:
            # the same taxid under an older name in an older NCBI snapshot: a rename
            if other in synonyms:
                synonyms[other]['sources'] = list(dict.fromkeys(synonyms[other]['sources'] + [s, source_key(best['source'])]))
            else:
                synonym(other, best['scientific_name'], '', s, source_key(best['source']), rank=rank or 'no rank')
    if best['lactotax_old_name']:
        old = best['lactotax_old_name']
        if old in synonyms:
            synonyms[old]['sources'] = list(dict.fromkeys(synonyms[old]['sources'] + [source_key(best['source'])]))

BIOLOGY = [(47715, 'Lacticaseibacillus rhamnosus', ['N1', 'N2', 'F1']), (1582, 'Lacticaseibacillus casei', ['F1']),
           (1624, 'Ligilactobacillus salivarius', ['N1', 'N2', 'F1']), (1580, 'Levilactobacillus brevis', ['N1', 'N2']),
           (1587, 'Lactobacillus helveticus', ['N2']), (1584, 'Lactobacillus delbrueckii', ['N1', 'N2']),
           (33959, 'Lactobacillus johnsonii', ['N2']), (47770, 'Lactobacillus crispatus', ['N1', 'N2']),
           (1254, 'Pediococcus acidilactici', ['N2']), (1308, 'Streptococcus thermophilus', ['N2']),
           (1358, 'Lactococcus lactis', ['N1', 'N2']), (1685, 'Bifidobacterium breve', ['N1', 'N2']),
           (28025, 'Bifidobacterium animalis', ['N1', 'N2']), (470565, 'Prevotella histicola', ['N2'])]
for tid, name, srcs in BIOLOGY:
    if tid in taxa:
        assert taxa[tid]['name'] == name, (tid, name, taxa[tid]['name'])
        taxa[tid]['sources'] += [s for s in srcs if s not in taxa[tid]['sources']]
    else:
        taxa[tid] = {'name': name, 'rank': 'species', 'lineage': '', 'sources': srcs}
    for s in srcs: used.add(s)

# taxid changelog: the current state of each taxid in the examples
events = list(csv.DictReader(open(os.path.join(T, 'taxid-changelog-examples.tsv')), delimiter='\t'))
print('changelog columns', list(events[0].keys()), file=sys.stderr)
merged = OrderedDict()
for e in events:
    tid, date, change, other = int(e['taxid']), e[list(e.keys())[1]], e['change'], e['change-value']
    if change == 'MERGE':
        merged[tid] = (int(other), date)
    if change == 'ABSORB':
        for o in other.split(';'):
            merged.setdefault(int(o), (tid, date))
    if change == 'REUSE_DEL':
        merged.pop(tid, None)
    if change in ('NEW', 'REUSE_DEL', 'CHANGE_RANK', 'CHANGE_LIN_LIN', 'CHANGE_LIN_TAX', 'CHANGE_LIN_LEN') and e['name']:
        rank = e['rank'] if e['rank'] in RANKS else ''
        lineage = e['lineage-taxids'].replace(';', '|')
        if tid in taxa and 'TAXIDCHANGELOG' not in taxa[tid]['sources']:
            taxa[tid]['sources'].append('TAXIDCHANGELOG')
        elif tid not in taxa or taxa[tid]['sources'] == ['TAXIDCHANGELOG']:
            taxa[tid] = {'name': e['name'], 'rank': rank, 'lineage': '1|' + lineage, 'sources': ['TAXIDCHANGELOG']}
    if change == 'DELETE':
        merged.pop(tid, None)
used.add('TAXIDCHANGELOG')
for tid in list(merged):
    taxa.pop(tid, None)   # a merged taxid is not a current taxon

# --- write ------------------------------------------------------------------------------------------
def header(f, what, keys):
    f.write('# msbiome-taxonomy 2026.1: %s.\n' % what)
    f.write('# Generated by core/tools/generate_taxonomy_snapshot.py from the reference files named in the sources;\n')
    f.write('# edit the generator, not this file.\n')
    f.write('!format\tmsbiome-data\t1\n')
    for k in keys:
        if k in SOURCES:
            f.write('!source\t%s\t%s\n' % (k, SOURCES[k][1]))
        else:
            f.write('!source\t%s\tdoi:%s (reference for obsolete names in the Lactotax 2025 table)\n' % (k, DOI_REFS[k]))

def keys_of(rowsrc):
    ks = []
    for s in rowsrc:
        for k in s.split('|'):
            if k and k not in ks: ks.append(k)
    order = list(SOURCES) + list(DOI_REFS)
    return sorted(ks, key=order.index)

os.makedirs(OUT, exist_ok=True)
name_rows = []
n = 0
for name, a in accepted.items():
    n += 1
    name_rows.append(('n%04d' % n, name, 'accepted', '', a['rank'], '', '|'.join(a['sources'])))
for former, s in synonyms.items():
    n += 1
    cur = s['current']
    while cur in synonyms:
        cur = synonyms[cur]['current']
    name_rows.append(('n%04d' % n, former, 'synonym', cur, s['rank'], s['revision'], '|'.join(s['sources'])))
with open(os.path.join(OUT, 'names.tsv'), 'w') as f:
    header(f, 'names (accepted names and synonyms, with the revision that made each change)',
           keys_of([r[5] for r in name_rows] + [r[6] for r in name_rows]))
    f.write('!columns\tkey\tname\tstatus\tcurrent\trank\trevision_sources\tsources\n')
    for r in name_rows:
        f.write('\t'.join(r) + '\n')
with open(os.path.join(OUT, 'taxa.tsv'), 'w') as f:
    header(f, 'NCBI taxa (taxid, current name, rank, lineage of taxids from the root)', keys_of([ '|'.join(t['sources']) for t in taxa.values()]))
    f.write('!columns\tkey\ttaxid\tname\trank\tlineage\tsources\n')
    for tid, t in taxa.items():
        f.write('\t'.join(['t%d' % tid, str(tid), t['name'], t['rank'], t['lineage'], '|'.join(t['sources'])]) + '\n')
with open(os.path.join(OUT, 'merged-taxids.tsv'), 'w') as f:
    header(f, 'NCBI taxids merged into another (old -> current)', ['TAXIDCHANGELOG'])
    f.write('!columns\tkey\ttaxid\tcurrent\tsince\tsources\n')
    for tid, (into, date) in merged.items():
        f.write('\t'.join(['m%d' % tid, str(tid), str(into), date, 'TAXIDCHANGELOG']) + '\n')
all_keys = keys_of(['|'.join(used)])
with open(os.path.join(OUT, 'snapshot.tsv'), 'w') as f:
    header(f, 'the sources of the snapshot and their dates', [k for k in all_keys])
    f.write('!columns\tkey\tdated\tsources\n')
    for k in all_keys:
        f.write('\t'.join([k, SOURCES[k][0] if k in SOURCES else '', k]) + '\n')
print('accepted', len(accepted), 'synonyms', len(synonyms), 'taxa', len(taxa), 'merged', len(merged), file=sys.stderr)
print('corrections', corrections, file=sys.stderr)
for s in skipped: print('skipped:', s, file=sys.stderr)
