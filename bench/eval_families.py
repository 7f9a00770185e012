"""Detection and repair of every seed family on unseen news, and false alarms on clean news.

Clean text: hand-written news English in bench/data (news_*.txt, pron_*.txt, unseen/clean/*.txt,
families/*.txt and fresh_a..fresh_z/*.txt, fresh_aa/*.txt to fresh_dr/*.txt), none of it
the seed articles.
Disjoint pools:
  tune     bench/data/news_*.txt (not heldout) and pron_*.txt: rules may be looked at on these;
  report   news_heldout_*.txt, unseen/clean/*.txt and families/*.txt (written for this script,
           never used to tune), with fresh random seeds;
  fresh_a  fresh_a/*.txt: twelve articles written on 2026-12-01 blind to the rules (their author
           read only this script and the pool files), after the report pool had been looked at;
           run it to re-measure honestly, and say so once rules have been changed because of it;
  fresh_b  fresh_b/*.txt: twelve more, written with fresh_a, held out until its one run (seed
           8128, 2026-12-01 morning); its misses were read then: tunable since;
  fresh_c  fresh_c/*.txt: twelve more, written on 2026-12-01 blind to the rules by another
           author (who read only this script, the fresh_a/fresh_b READMEs and one pool file);
           tunable as fresh_a is: say so once rules have been changed because of it;
  fresh_d  fresh_d/*.txt: twelve more, written with fresh_c, held out until its one run (seed
           60601, 2026-12-01 afternoon); its misses were read then and rules were changed
           because of them: tunable since (see fresh_d/README.md);
  fresh_e  fresh_e/*.txt: twelve more, written on 2026-12-01 blind to the rules by another
           author (who read only this script, the fresh_c/fresh_d READMEs and one fresh_c
           article), in other regions and genres; tunable as fresh_c is: say so once rules
           have been changed because of it;
  fresh_f  fresh_f/*.txt: twelve more, written with fresh_e, the third hold-out until its one run
           (seed 80808, 2026-12-01 evening); tunable since 2026-12-01 night, when its misses
           were read (see fresh_f/README.md);
  fresh_g  fresh_g/*.txt: twelve more, written on 2026-12-01 blind to the rules by another
           author (who read only this script, the fresh_e/fresh_f READMEs and one fresh_e
           article), in other regions and genres; tunable as fresh_e is: say so once rules
           have been changed because of it;
  fresh_h  fresh_h/*.txt: twelve more, written with fresh_g, the fourth hold-out: nobody reads
           them or runs this script (or copydesk check) on them until the end; run once then,
           with a seed chosen then, and quote those figures (see fresh_h/README.md); run
           once on 2026-12-01 at 21:29 UTC, seed 31415, only its summary lines read; tunable since
           the next session (22:35 UTC), when its misses were read (see fresh_h/README.md);
  fresh_i  fresh_i/*.txt: twelve more, written on 2026-12-01 blind to the rules by another
           author (who read only this script, the fresh_g/fresh_h READMEs and one fresh_g
           article), in other regions and genres; tunable as fresh_g is: say so once rules
           have been changed because of it;
  fresh_j  fresh_j/*.txt: twelve more, written with fresh_i, the fifth hold-out: nobody reads
           them or runs this script (or copydesk check) on them until the end; run once then,
           with a seed chosen then, and quote those figures (see fresh_j/README.md); run
           once on 2026-12-02 at 00:27 UTC, seed 27182, only its summary lines read; its
           misses were read the next session: tunable since;
  fresh_k  fresh_k/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, the fresh_g to fresh_j READMEs and one fresh_i
           article), in other regions and genres; first run blind (seed 1618), then tuned
           on (caps9, glued8, small7): tunable as fresh_i is;
  fresh_l  fresh_l/*.txt: twelve more, written with fresh_k, the sixth hold-out: nobody reads
           them or runs this script (or copydesk check) on them until the end; run once then,
           with a seed chosen then, and quote those figures (see fresh_l/README.md); run
           once on 2026-12-02 at 03:10 UTC, seed 20261202, only its summary lines read;
           its misses were read the next session: tunable since;
  fresh_m  fresh_m/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, the fresh_g to fresh_l READMEs and one fresh_k
           article), in other regions and genres; first run blind (seed 8675), then tuned
           on (caps10, glued9, small8): tunable as fresh_k is;
  fresh_n  fresh_n/*.txt: twelve more, written with fresh_m, the seventh hold-out: nobody reads
           them or runs this script (or copydesk check) on them until the end; run once then,
           with a seed chosen then, and quote those figures (see fresh_n/README.md); run
           once on 2026-12-02 at 05:58 UTC, seed 20261203, only its summary lines read;
           its misses were read right after: tunable since;
  fresh_o  fresh_o/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, the fresh_g to fresh_n READMEs and one fresh_m
           article), in other regions and genres; first run blind (seed 4096, main f3f8c93),
           then tuned on (the next session's caps11, pronoun11, glued10, false11);
  fresh_p  fresh_p/*.txt: twelve more, written with fresh_o, the eighth hold-out: nobody reads
           them or runs this script (or copydesk check) on them until the end; run once then,
           with a seed chosen then, and quote those figures (see fresh_p/README.md); run
           once on 2026-12-02 at 06:26 UTC, seed 20261204, only its summary lines read;
           its misses were read the next session (06:45 UTC): tunable since;
  fresh_q  fresh_q/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_g to fresh_p READMEs
           and one fresh_o article), in other regions and genres; run blind once (seed 20261205,
           main 0c8b41c, 07:10 UTC) and its misses read, then tuned on (caps12, pronoun12);
  fresh_r  fresh_r/*.txt: twelve more, written with fresh_q, the ninth hold-out: nobody reads
           them or runs this script (or copydesk check) on them until the end; the lead runs
           it once then, with a seed chosen then, and those figures are quoted (see
           fresh_r/README.md); run once on 2026-12-02 at 08:49 UTC, seed 20261206, only its
           summary lines read; its misses were read the next session (11:10 UTC): tunable
           since;
  fresh_s  fresh_s/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_k to fresh_r READMEs
           and one fresh_q article), in other regions and genres; tunable: run blind once by
           the lead (seed 20261207, main fc8d64f, 11:21 UTC), its misses read, then tuned on
           (see fresh_s/README.md);
  fresh_t  fresh_t/*.txt: twelve more, written with fresh_s, the tenth hold-out: nobody reads
           them or runs this script (or copydesk check) on them until the end; the lead runs it
           once then, with a seed chosen then, and those figures are quoted (see
           fresh_t/README.md); run once on 2026-12-02 at 13:16 UTC, seed 20261208, only its
           summary lines read; its misses read right after: tunable since;
  fresh_u  fresh_u/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_m to fresh_t READMEs
           and one fresh_s article), in other regions and genres; tunable: run blind once by
           the lead (seed 20261209, main b6611e1, 13:29 UTC, summary only), then tuned on
           (see fresh_u/README.md);
  fresh_v  fresh_v/*.txt: twelve more, written with fresh_u, the eleventh hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_v/README.md); run once (seed 20261210, 2026-12-02), tunable since;
  fresh_w  fresh_w/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_m to fresh_v READMEs
           and one fresh_u article), in other regions and genres; tunable: run blind once by
           the lead (seed chosen then), then tuned on (see fresh_w/README.md);
  fresh_x  fresh_x/*.txt: twelve more, written with fresh_w, the twelfth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_x/README.md); run once (seed 20261213, 2026-12-02), tunable since;
  fresh_y  fresh_y/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_m to fresh_x READMEs
           and one fresh_w article), in other regions and genres; tunable: run blind once by
           the lead (seed chosen then), then tuned on (see fresh_y/README.md);
  fresh_z  fresh_z/*.txt: twelve more, written with fresh_y, the thirteenth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_z/README.md); run once on 2026-12-03 (seed 20261217), tunable since;
  fresh_aa fresh_aa/*.txt: twelve more, written on 2026-12-02 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_y and fresh_z
           READMEs, the article lists of the fresh_m to fresh_x READMEs and one fresh_y
           article), in other regions and genres; tunable: run blind once by the lead (seed
           chosen then), then tuned on (see fresh_aa/README.md);
  fresh_ab fresh_ab/*.txt: twelve more, written with fresh_aa, the fourteenth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_ab/README.md); run once on 2026-12-03 (seed 20261219), tunable since;
  fresh_ac fresh_ac/*.txt: twelve more, written on 2026-12-03 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_aa and fresh_ab
           READMEs and the article lists of the fresh_m to fresh_z READMEs; no pool article),
           in other regions and genres; tunable: run blind once by the lead (seed
           chosen then), then tuned on (see fresh_ac/README.md);
  fresh_ad fresh_ad/*.txt: twelve more, written with fresh_ac, the fifteenth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_ad/README.md); run once on 2026-12-03 at 14:25 UTC, seed 20261221, main
           91d64e3; its misses read on 2026-12-03 at 14:50 UTC (the next session), tunable
           since;
  fresh_ae fresh_ae/*.txt: twelve more, written on 2026-12-03 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ac and fresh_ad
           READMEs, the article lists of the fresh_m to fresh_r READMEs and one fresh_ac
           article), in other regions and genres; tunable: run blind once by the lead (seed
           chosen then), then tuned on (see fresh_ae/README.md);
  fresh_af fresh_af/*.txt: twelve more, written with fresh_ae, the sixteenth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_af/README.md); run once on 2026-12-03 at 16:42 UTC, seed 20261222, main
           281784a, only its summary lines read; its misses read on 2026-12-03 at 17:45 UTC
           (the next session), tunable since;
  fresh_ag fresh_ag/*.txt: twelve more, written on 2026-12-03 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ac and fresh_ae
           READMEs, the file names of every pool and one fresh_ae article), in other regions
           and genres; tunable: run blind once by the lead (seed chosen then), then tuned on
           (see fresh_ag/README.md);
  fresh_ah fresh_ah/*.txt: twelve more, written with fresh_ag, the seventeenth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_ah/README.md); run once on 2026-12-03 at 23:46 UTC, seed 20261226, main
           a9cfd01, only its summary lines read; its misses were read on 2026-12-04 at
           03:10 UTC and rules were changed because of them: tunable since;
  fresh_ai fresh_ai/*.txt: twelve more, written on 2026-12-03 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ag and fresh_ae
           READMEs, the file names of every pool and one fresh_ag article), in other regions
           and genres; tunable: run blind once by the lead (seed chosen then), then tuned on
           (see fresh_ai/README.md);
  fresh_aj fresh_aj/*.txt: twelve more, written with fresh_ai, the eighteenth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_aj/README.md); run once on 2026-12-03 at 21:50 UTC, seed
           20261224, main 7ba9d9f; its misses were read on 2026-12-03 at 22:40 UTC and rules
           were changed because of them: tunable since;
  fresh_ak fresh_ak/*.txt: twelve more, written on 2026-12-03 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ai and fresh_ag
           READMEs, the file names of every pool and one fresh_ai article), in other regions
           and genres; tunable: run blind once by the lead (seed 20261225, 5d118a8), then
           tuned on (see fresh_ak/README.md);
  fresh_al fresh_al/*.txt: twelve more, written with fresh_ak, the nineteenth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_al/README.md); run once on 2026-12-04 at 05:00 UTC, seed 20261228, main b21dac7,
           only its summary lines read; its misses were read the next session (11:20 UTC):
           tunable since;
  fresh_am fresh_am/*.txt: twelve more, written on 2026-12-04 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ak and fresh_ai
           READMEs, the file names of every pool and one fresh_ak article), in other regions
           and genres; tunable: run blind once by the lead (seed chosen then), then tuned on
           (see fresh_am/README.md);
  fresh_an fresh_an/*.txt: twelve more, written with fresh_am, the twentieth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_an/README.md); run once on 2026-12-04 at 12:35 UTC, seed 20261230, main
           8f7d740, only its summary lines read; its misses were read right after (12:40
           UTC): tunable since;
  fresh_ao fresh_ao/*.txt: twelve more, written on 2026-12-04 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_am and fresh_an
           READMEs, the file names of every pool and one fresh_am article), in other regions
           and genres; tunable: first run blind by the lead (seed chosen then), then tuned on
           (see fresh_ao/README.md);
  fresh_ap fresh_ap/*.txt: twelve more, written with fresh_ao, the twenty-first hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_ap/README.md); run once on 2026-12-04 at 15:11 UTC, seed 20261231, main
           e8add88, only its summary lines read; its misses were read right after (15:12
           UTC): tunable since;
  fresh_aq fresh_aq/*.txt: twelve more, written on 2026-12-04 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ao and fresh_ap
           READMEs, the file names of every pool and one fresh_ao article), in other regions
           and genres; tunable: run blind by the lead (2026-12-04 14:14 UTC, seed 20261204,
           main c8f386d), then tuned on (see fresh_aq/README.md);
  fresh_ar fresh_ar/*.txt: twelve more, written with fresh_aq, the twenty-second hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_ar/README.md); run once on 2026-12-04 at 17:48 UTC, seed 20261306, main
           9166f69, only its summary lines read; its false alarms and misses were read right
           after (17:50 UTC): tunable since;
  fresh_as fresh_as/*.txt: twelve more, written on 2026-12-04 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_aq and fresh_ar
           READMEs, the file names of every pool and one fresh_aq article), in other regions
           and genres; tunable: run blind by the lead (2026-12-04 16:47 UTC, seed 20261302,
           main ee44882), then tuned on (see fresh_as/README.md);
  fresh_at fresh_at/*.txt: twelve more, written with fresh_as, the twenty-third hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; run once
           then, with a seed chosen then, and quote those figures (see fresh_at/README.md);
           run once on 2026-12-04 20:18 UTC (seed 20261404, main ab1ba24): tunable since;
  fresh_au fresh_au/*.txt: twelve more, written on 2026-12-04 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_as and fresh_at
           READMEs, the file names of every pool and one fresh_as article), in other regions
           and genres; tunable: run blind by the lead (2026-12-04 18:43 UTC, seed 20261403,
           main 930db42), then tuned on (see fresh_au/README.md);
  fresh_av fresh_av/*.txt: twelve more, written with fresh_au, the twenty-fourth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; run once
           then, with a seed chosen then, and quote those figures (see fresh_av/README.md);
           run once on 2026-12-04 22:34 UTC (seed 20261406, main 2c7ae3e): tunable since;
  fresh_aw fresh_aw/*.txt: twelve more, written on 2026-12-04 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_au and fresh_av
           READMEs, the file names of every pool and one fresh_au article), in other regions
           and genres; tunable: run blind by the lead (2026-12-04 21:29 UTC, seed 20261405,
           main cbbcb09), then tuned on (see fresh_aw/README.md);
  fresh_ax fresh_ax/*.txt: twelve more, written with fresh_aw, the twenty-fifth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; run once
           then, with a seed chosen then, and quote those figures (see fresh_ax/README.md);
           run once on 2026-12-05 00:10 UTC (seed 20261409, main f522f3f): tunable since;
  fresh_ay fresh_ay/*.txt: twelve more, written on 2026-12-04 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_aw and fresh_ax
           READMEs, the file names of every pool and one fresh_aw article), in other regions
           and genres; tunable: run blind by the lead (2026-12-04 23:25 UTC, seed 20261408,
           main f1cacac), then tuned on (see fresh_ay/README.md);
  fresh_az fresh_az/*.txt: twelve more, written with fresh_ay, the twenty-sixth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; run once
           then, with a seed chosen then, and quote those figures (see fresh_az/README.md);
           run once on 2026-12-05 02:30 UTC (seed 20261414, main d145048): tunable since;
  fresh_ba fresh_ba/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ay and fresh_az
           READMEs, the file names of every pool and one fresh_ay article), in other regions
           and genres; tunable: run blind by the lead (2026-12-05 01:22 UTC, seed 20261411,
           main 8c59e89), then tuned on (see fresh_ba/README.md);
  fresh_bb fresh_bb/*.txt: twelve more, written with fresh_ba, the twenty-seventh hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           run once then, with a seed chosen then, and quote those figures (see
           fresh_bb/README.md); run once on 2026-12-05 04:26 UTC (seed 20261416, main
           ae5e3bf): tunable since;
  fresh_bc fresh_bc/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ba and fresh_bb
           READMEs, the file names of every pool and one fresh_ba article), in other regions
           and genres; tunable: run blind by the lead (2026-12-05 02:08 UTC, seed 20261412,
           main ccd4cf7), then tuned on (see fresh_bc/README.md);
  fresh_bd fresh_bd/*.txt: twelve more, written with fresh_bc, the twenty-eighth hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           run once then, with a seed chosen then, and quote those figures (see
           fresh_bd/README.md); run once on 2026-12-05 06:02 UTC (seed 20261417, main
           5729cd2): tunable since;
  fresh_be fresh_be/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bc and fresh_bd
           READMEs, the file names of every pool and one fresh_bc article), in other regions
           and genres; tunable: run blind by the lead (2026-12-05 03:53 UTC, seed 20261415,
           main 0f35919), then tuned on (see fresh_be/README.md);
  fresh_bf fresh_bf/*.txt: twelve more, written with fresh_be, the twenty-ninth hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           run once then, with a seed chosen then, and quote those figures (see
           fresh_bf/README.md); run once on 2026-12-05 06:55 UTC (seed 20261419, main
           99a552e): tunable since;
  fresh_bg fresh_bg/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_be and fresh_bf
           READMEs, the file names of every pool and one fresh_be article), in other regions
           and genres; tunable: run blind by the lead (2026-12-05 06:14 UTC, seed 20261418,
           main 50bda53), then tuned on (see fresh_bg/README.md);
  fresh_bh fresh_bh/*.txt: twelve more, written with fresh_bg, the thirtieth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; run once
           then, with a seed chosen then, and quote those figures (see fresh_bh/README.md);
           run once on 2026-12-05 09:44 UTC (seed 20261421, main 9ba74f73): tunable since;
  fresh_bi fresh_bi/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bg and fresh_bh
           READMEs, the file names of every pool and one fresh_bg article), in other regions
           and genres; tunable as fresh_bg is: run blind by the lead (2026-12-05 08:39 UTC,
           seed 20261420, main 9ef75df0), then tuned on (see fresh_bi/README.md);
  fresh_bj fresh_bj/*.txt: twelve more, written with fresh_bi, the thirty-first hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bj/README.md); run once on 2026-12-05 12:21 UTC (seed 20261423, main
           d71376fd): tunable since;
  fresh_bk fresh_bk/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bh, fresh_bi and
           fresh_bj READMEs, the file names of every pool and one fresh_bi article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-05 11:05
           UTC, seed 20261422, main d996c78e), then tuned on (see fresh_bk/README.md);
  fresh_bl fresh_bl/*.txt: twelve more, written with fresh_bk, the thirty-second hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bl/README.md); run once on 2026-12-05 14:53 UTC (seed 20261427, main
           4eaea67d): tunable since;
  fresh_bm fresh_bm/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bj, fresh_bk and
           fresh_bl READMEs, the file names of every pool and one fresh_bk article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-05 13:57
           UTC, seed 20261424, main c3127b03), then tuned on (see fresh_bm/README.md);
  fresh_bn fresh_bn/*.txt: twelve more, written with fresh_bm, the thirty-third hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bn/README.md); run once on 2026-12-05 16:20 UTC (seed 20261428, main
           4aabb1e1): tunable since;
  fresh_bo fresh_bo/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bj, fresh_bk and
           fresh_bl READMEs, the file names of every pool and one fresh_bk article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-05 13:57
           UTC, seed 20261425, main c3127b03), then tuned on (see fresh_bo/README.md);
  fresh_bp fresh_bp/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bl, fresh_bm and
           fresh_bn READMEs, the file names of every pool and one fresh_bm article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-05 16:33
           UTC, seed 20261429, main 0098d6ed), then tuned on (see fresh_bp/README.md);
  fresh_bq fresh_bq/*.txt: twelve more, written with fresh_bp, the thirty-fourth hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bq/README.md); run once on 2026-12-05 18:15 UTC (seed 20261431, main
           08f94216): tunable since;
  fresh_br fresh_br/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bl, fresh_bm and
           fresh_bo READMEs, the file names of every pool and one fresh_bm article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-05 16:33
           UTC, seed 20261430, main 0098d6ed), then tuned on (see fresh_br/README.md);
  fresh_bs fresh_bs/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bn, fresh_bp and
           fresh_bq READMEs, the file names of every pool and one fresh_bp article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-05 18:27
           UTC, seed 20261432, main e893ce93), then tuned on (see fresh_bs/README.md);
  fresh_bt fresh_bt/*.txt: twelve more, written with fresh_bs, the thirty-fifth hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bt/README.md); run once on 2026-12-05 20:11 UTC (seed 20261434, main
           267d50d4): tunable since;
  fresh_bu fresh_bu/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bp, fresh_bq,
           fresh_bs and fresh_bt READMEs, the file names of every pool and one fresh_bs
           article), in other regions and genres; tunable as fresh_bi is: run blind by the
           lead (2026-12-05 20:37 UTC, seed 20261435, main 8a2544e9), then tuned on (see
           fresh_bu/README.md);
  fresh_bv fresh_bv/*.txt: twelve more, written with fresh_bu, the thirty-sixth hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bv/README.md); run once on 2026-12-05 22:08 UTC (seed 20261439, main
           e910ed98): tunable since;
  fresh_bw fresh_bw/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bs, fresh_bt and
           fresh_bu READMEs, the fresh_bv README for its people's names only, the file names
           of every pool and one fresh_bu article), in other regions and genres; tunable as
           fresh_bi is: run blind by the lead (2026-12-05 21:24 UTC, seed 20261437, main
           e1efeeed), then tuned on (see fresh_bw/README.md);
  fresh_bx fresh_bx/*.txt: twelve more, written with fresh_bw, the thirty-seventh hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bx/README.md); run once on 2026-12-06 00:21 UTC (seed 20261443, main
           811fb410): tunable since;
  fresh_by fresh_by/*.txt: twelve more, written on 2026-12-05 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bt, fresh_bu and
           fresh_bw READMEs, the fresh_bv and fresh_bx READMEs for their people's names only, the
           file names of every pool and one fresh_bw article), in other regions and genres;
           tunable as fresh_bi is: run blind by the lead (2026-12-05 23:03 UTC, seed 20261440,
           main df5e8f78), then tuned on (see fresh_by/README.md);
  fresh_bz fresh_bz/*.txt: twelve more, written with fresh_by, the thirty-eighth hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_bz/README.md); run once on 2026-12-06 02:01 UTC (seed 20261446, main
           308cfebf): tunable since;
  fresh_ca fresh_ca/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bu, fresh_bw and
           fresh_by READMEs, the fresh_bx and fresh_bz READMEs for their people's names only, the
           file names of every pool and one fresh_by article), in other regions and genres;
           tunable as fresh_bi is: run blind by the lead (2026-12-06 01:02 UTC, seed 20261444,
           main 7efa149e), then tuned on (see fresh_ca/README.md);
  fresh_cb fresh_cb/*.txt: twelve more, written with fresh_ca, the thirty-ninth hold-out:
           nobody reads them or runs this script (or copydesk check) on them until the end;
           the lead runs it once then, with a seed chosen then, and those figures are quoted
           (see fresh_cb/README.md); run once on 2026-12-06 04:18 UTC (seed 20261448, main
           25495ebd): tunable since;
  fresh_cc fresh_cc/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_bw, fresh_by and
           fresh_ca READMEs, the fresh_bz and fresh_cb READMEs for their people's names only, the
           file names of every pool and one fresh_ca article), in other regions and genres;
           tunable as fresh_bi is: run blind by the lead (2026-12-06 03:37 UTC, seed 20261447,
           main 29430ca4), then tuned on (see fresh_cc/README.md);
  fresh_cd fresh_cd/*.txt: twelve more, written with fresh_cc, the fortieth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cd/README.md); run once on 2026-12-06 06:37 UTC (seed 20261450, main
           5c94adb3): tunable since;
  fresh_ce fresh_ce/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_by, fresh_ca and
           fresh_cc READMEs, the fresh_cb and fresh_cd READMEs for their people's names and
           places only, the file names of every pool and one fresh_cc article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-06 05:27
           UTC, seed 20261449, main 35dd00c9), then tuned on (see fresh_ce/README.md);
  fresh_cf fresh_cf/*.txt: twelve more, written with fresh_ce, the forty-first hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cf/README.md); run once on 2026-12-06 08:42 UTC (seed 20261452, main
           8d288153): tunable since;
  fresh_cg fresh_cg/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ca, fresh_cc and
           fresh_ce READMEs, the fresh_cd and fresh_cf READMEs for their people's names and
           places only, the file names of every pool and one fresh_ce article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-06 07:41
           UTC, seed 20261451, main 08325ac7), then tuned on (see fresh_cg/README.md);
  fresh_ch fresh_ch/*.txt: twelve more, written with fresh_cg, the forty-second hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_ch/README.md); run once on 2026-12-06 10:45 UTC (seed 20261454, main
           3ffe7a22): tunable since;
  fresh_ci fresh_ci/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cc, fresh_ce and
           fresh_cg READMEs, the fresh_cf and fresh_ch READMEs for their people's names and
           places only, the file names of every pool and one fresh_cg article), in other
           regions and genres; tunable as fresh_bi is: run blind by the lead (2026-12-06 10:10
           UTC, seed 20261453, main 45069ccf), then tuned on (see fresh_ci/README.md);
  fresh_cj fresh_cj/*.txt: twelve more, written with fresh_ci, the forty-third hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cj/README.md); run once on 2026-12-06 13:42 UTC (seed 20261458, main
           14c45bdf): tunable since;
  fresh_ck fresh_ck/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ce, fresh_cg and
           fresh_ci READMEs, the fresh_ch and fresh_cj READMEs for their people's names and
           places only, the file names of every pool and one fresh_ci article), in other
           regions and genres; tunable as fresh_ci is: run blind by the lead (2026-12-06 12:11
           UTC, seed 20261456, main d9934ab7), then tuned on (see fresh_ck/README.md);
  fresh_cl fresh_cl/*.txt: twelve more, written with fresh_ck, the forty-fourth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cl/README.md); run once on 2026-12-06 15:55 UTC (seed 20261461, main
           6005d58f): tunable since;
  fresh_cm fresh_cm/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cg, fresh_ci and
           fresh_ck READMEs, the fresh_cj and fresh_cl READMEs for their people's names and
           places only, the file names of every pool and one fresh_ck article), in other
           regions and genres; tunable as fresh_ck is: run blind by the lead (2026-12-06 15:09
           UTC, seed 20261460, main 4cc3a2ac), then tuned on (see fresh_cm/README.md);
  fresh_cn fresh_cn/*.txt: twelve more, written with fresh_cm, the forty-fifth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cn/README.md); run once on 2026-12-06 18:26 UTC (seed 20261463, main
           aa0f38f8): tunable since;
  fresh_co fresh_co/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ci, fresh_ck and
           fresh_cm READMEs, the fresh_cl and fresh_cn READMEs for their people's names and
           places only, the file names of every pool and one fresh_cm article), in other
           regions and genres; tunable as fresh_ck is: run blind by the lead (2026-12-06 17:16
           UTC, seed 20261462, main a9b04b69), then tuned on (see fresh_co/README.md);
  fresh_cp fresh_cp/*.txt: twelve more, written with fresh_co, the forty-sixth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cp/README.md); run once on 2026-12-06 20:24 UTC (seed 20261465, main
           7aea7182): tunable since;
  fresh_cq fresh_cq/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_ck, fresh_cm and
           fresh_co READMEs, the fresh_cn and fresh_cp READMEs for their people's names and
           places only, the file names of every pool and one fresh_co article), in other
           regions and genres; tunable as fresh_co is: run blind by the lead (2026-12-06 19:34
           UTC, seed 20261464, main c4c6b491), then tuned on (see fresh_cq/README.md);
  fresh_cr fresh_cr/*.txt: twelve more, written with fresh_cq, the forty-seventh hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cr/README.md); run once on 2026-12-06 22:56 UTC (seed 20261468, main
           a7273f33): tunable since;
  fresh_cs fresh_cs/*.txt: twelve more, written on 2026-12-06 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cm, fresh_co and
           fresh_cq READMEs, the fresh_cp and fresh_cr READMEs for their people's names and
           places only, the file names of every pool and one fresh_cq article), in other
           regions and genres; tunable as fresh_cq is: run blind by the lead (2026-12-06 22:01
           UTC, seed 20261467, main 7eede3b0), then tuned on (see fresh_cs/README.md);
  fresh_ct fresh_ct/*.txt: twelve more, written with fresh_cs, the forty-eighth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_ct/README.md); run once on 2026-12-07 01:29 UTC (seed 20261470, main
           23d2fd76): tunable since;
  fresh_cu fresh_cu/*.txt: twelve more, written on 2026-12-07 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_co, fresh_cq and
           fresh_cs READMEs, the fresh_cr and fresh_ct READMEs for their people's names and
           places only, the file names of every pool and one fresh_cs article), in other
           regions and genres; tunable as fresh_cs is: run blind by the lead (2026-12-07 00:36
           UTC, seed 20261469, main 57ea3f6f), then tuned on (see fresh_cu/README.md);
  fresh_cv fresh_cv/*.txt: twelve more, written with fresh_cu, the forty-ninth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cv/README.md); run once on 2026-12-07 04:23 UTC (seed 20261472, main
           2e54572c): tunable since;
  fresh_cw fresh_cw/*.txt: twelve more, written on 2026-12-07 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cq, fresh_cs and
           fresh_cu READMEs, the fresh_ct and fresh_cv READMEs for their people's names and
           places only, the file names of every pool and one fresh_cu article), in other
           regions and genres; tunable as fresh_cu is: run blind by the lead (2026-12-07 03:05
           UTC, seed 20261471, main f3af1589), then tuned on (see fresh_cw/README.md);
  fresh_cx fresh_cx/*.txt: twelve more, written with fresh_cw, the fiftieth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cx/README.md); run once on 2026-12-07 06:30 UTC (seed 20261474, main
           38eeb9ee): tunable since;
  fresh_cy fresh_cy/*.txt: twelve more, written on 2026-12-07 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cs, fresh_cu and
           fresh_cw READMEs, the fresh_cv and fresh_cx READMEs for their people's names and
           places only, the file names of every pool and one fresh_cw article), in other
           regions and genres; tunable as fresh_cw is: run blind by the lead (2026-12-07 05:39
           UTC, seed 20261473, main b69dd927), then tuned on (see fresh_cy/README.md);
  fresh_cz fresh_cz/*.txt: twelve more, written with fresh_cy, the fifty-first hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_cz/README.md); run once on 2026-12-07 08:35 UTC (seed 20261476, main
           8429d21b): tunable since;
  fresh_da fresh_da/*.txt: twelve more, written on 2026-12-07 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cu, fresh_cw and
           fresh_cy READMEs, the fresh_cx and fresh_cz READMEs for their people's names and
           places only, the file names of every pool and one fresh_cy article), in other
           regions and genres; tunable as fresh_cy is: run blind by the lead (2026-12-07 07:40
           UTC, seed 20261475, main 7da20c1f), then tuned on (see fresh_da/README.md);
  fresh_db fresh_db/*.txt: twelve more, written with fresh_da, the fifty-second hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_db/README.md); run once on 2026-12-07 10:46 UTC (seed 20261478, main
           0c1f5f60): tunable since;
  fresh_dc fresh_dc/*.txt: twelve more, written on 2026-12-07 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cw, fresh_cy and
           fresh_da READMEs, the fresh_cz and fresh_db READMEs for their people's names and
           places only, the file names of every pool and one fresh_da article), in other
           regions and genres; tunable as fresh_da is: run blind by the lead (2026-12-07 09:51
           UTC, seed 20261477, main a76406bf), then tuned on (see fresh_dc/README.md);
  fresh_dd fresh_dd/*.txt: twelve more, written with fresh_dc, the fifty-third hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_dd/README.md); run once on 2026-12-07 12:53 UTC (seed 20261480, main
           37ca3edf): tunable since;
  fresh_de fresh_de/*.txt: twelve more, written on 2026-12-07 blind to the rules by another
           author (who read only this script, bench/holdout.py, the fresh_cy, fresh_da and
           fresh_dc READMEs, the fresh_db and fresh_dd READMEs for their people's names and
           places only, the file names of every pool and one fresh_dc article), in other
           regions and genres; tunable as fresh_dc is: run blind by the lead (2026-12-07 11:49
           UTC, seed 20261479, main 75a53a2e), then tuned on (see fresh_de/README.md);
  fresh_df fresh_df/*.txt: twelve more, written with fresh_de, the fifty-fourth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead
           runs it once then, with a seed chosen then, and those figures are quoted (see
           fresh_df/README.md); run once on 2026-12-07 15:06 UTC (seed 20261482, main
           fb3fd27c): tunable since;
  fresh_dg fresh_dg/*.txt: twelve more, written on 2026-12-07 blind to the rules by another author
           (who read only this script, bench/holdout.py, the fresh_da, fresh_dc and fresh_de
           READMEs, the fresh_dd and fresh_df READMEs for their people's names and places only, the
           file names of every pool and one fresh_de article), in other regions and genres; tunable
           as fresh_de is: run blind by the lead (2026-12-07 14:01 UTC, seed 20261481, main
           c93e62ef), then tuned on (see fresh_dg/README.md);
  fresh_dh fresh_dh/*.txt: twelve more, written with fresh_dg, the fifty-fifth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead runs
           it once then, with a seed chosen then, and those figures are quoted (see
           fresh_dh/README.md); run once on 2026-12-07 16:50 UTC (seed 20261484, main
           1a7ec076): tunable since;
  fresh_di fresh_di/*.txt: twelve more, written on 2026-12-07 blind to the rules by another author
           (who read only this script, bench/holdout.py, the fresh_dc, fresh_de and fresh_dg
           READMEs, the fresh_df and fresh_dh READMEs for their people's names and places only, the
           file names of every pool and one fresh_dg article), in other regions and genres; tunable
           as fresh_dg is: run blind by the lead (2026-12-07 16:09 UTC, seed 20261483, main
           27bd5ddc), then tuned on (see fresh_di/README.md);
  fresh_dj fresh_dj/*.txt: twelve more, written with fresh_di, the fifty-sixth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead runs
           it once then, with a seed chosen then, and those figures are quoted (see
           fresh_dj/README.md); run once on 2026-12-07 21:03 UTC (seed 20261488, main
           1c6459c5): tunable since;
  fresh_dk fresh_dk/*.txt: twelve more, written on 2026-12-07 blind to the rules by another author
           (who read only this script, bench/holdout.py, the fresh_de, fresh_dg and fresh_di
           READMEs, the fresh_dh and fresh_dj READMEs for their people's names and places only, the
           file names of every pool and one fresh_di article), in other regions and genres; tunable
           as fresh_di is: run blind by the lead (2026-12-07 18:16 UTC, seed 20261485, main
           640ee3bb), then tuned on (see fresh_dk/README.md);
  fresh_dl fresh_dl/*.txt: twelve more, written with fresh_dk, the fifty-seventh hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead runs
           it once then, with a seed chosen then, and those figures are quoted (see
           fresh_dl/README.md); run once on 2026-12-07 18:55 UTC (seed 20261486, main
           94315df4), out of turn, before fresh_dj, which stays held out: tunable since;
  fresh_dm fresh_dm/*.txt: twelve more, written on 2026-12-07 blind to the rules by another author
           (who read only this script, bench/holdout.py, the fresh_dg, fresh_di and fresh_dk
           READMEs, the fresh_dj and fresh_dl READMEs for their people's names and places only, the
           file names of every pool and one fresh_dk article), in other regions and genres; tunable
           as fresh_dk is: run blind by the lead (2026-12-07 20:12 UTC, seed 20261487, main
           f275c596), then tuned on (see fresh_dm/README.md);
  fresh_dn fresh_dn/*.txt: twelve more, written with fresh_dm, the fifty-eighth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead runs
           it once then, with a seed chosen then, and those figures are quoted (see
           fresh_dn/README.md); run once on 2026-12-07 22:58 UTC (seed 20261490, main
           1849a412): tunable since;
  fresh_do fresh_do/*.txt: twelve more, written on 2026-12-07 blind to the rules by another author
           (who read only this script, bench/holdout.py, the fresh_di, fresh_dk and fresh_dm
           READMEs, the fresh_dn and fresh_dl READMEs for their people's names and places only, the
           file names of every pool and one fresh_dm article), in other regions and genres; tunable
           as fresh_dm is: run blind by the lead (2026-12-07 22:13 UTC, seed 20261489, main
           ebc60678), then tuned on (see fresh_do/README.md);
  fresh_dp fresh_dp/*.txt: twelve more, written with fresh_do, the fifty-ninth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead runs
           it once then, with a seed chosen then, and those figures are quoted (see
           fresh_dp/README.md); run once on 2026-12-08 01:10 UTC (seed 20261492, main
           6de39f6d): tunable since;
  fresh_dq fresh_dq/*.txt: twelve more, written on 2026-12-08 blind to the rules by another author
           (who read only this script, bench/holdout.py, the fresh_dk, fresh_dm and fresh_do
           READMEs, the fresh_dp and fresh_dn READMEs for their people's names and places only, the
           file names of every pool and one fresh_do article), in other regions and genres; tunable
           as fresh_do is: run blind by the lead (2026-12-08 00:13 UTC, seed 20261491, main
           2e3bb116), then tuned on (see fresh_dq/README.md);
  fresh_dr fresh_dr/*.txt: twelve more, written with fresh_dq, the sixtieth hold-out: nobody
           reads them or runs this script (or copydesk check) on them until the end; the lead runs
           it once then, with a seed chosen then, and those figures are quoted (see
           fresh_dr/README.md);

For each family the script plants ONE artifact into a copy of a random clean article (fresh
seed per trial), checks it as the command line does (all default checks, LanguageTool off), and
records:
  detected  an issue of one of the family's rules overlaps the planted span;
  suggested applying that issue's first replacement gives back the clean text (whitespace runs
            compared collapsed for removals of whole lines);
  fixed     `copydesk fix` (safe fixes only, repeated passes as the CLI does) gives back exactly
            the clean article.  Families whose fixes copydesk marks safe carry the 90% target.
Batch families (a name spelled two ways across a batch) check two articles together.
The in-article name family misspells a later use of a surname the article uses at least twice
(the full name, then the surname alone).

Then the whole clean pool is checked as one batch: issues per rule per 1,000 words (every issue
on clean professional copy is a false alarm), and the edits `fix` makes to it (should be none).

Hold-out: rules were tuned on the tune pool with seeds 1000-1999 (and the report pool with
seeds 3000 and 7000); the figures to quote are the report pool with seed 9000, run once at the end.
Issue 15 (pronouns, capitalised nouns) classified the report pool's misses at seed 9000 as asked,
so for those two families the report pool is no longer fully held out (about ten pronoun and
twenty capitalised-noun sites).

Planted sites are chosen with simple regexes; a plant whose result is itself a known English
word ("K" + "now") is skipped and counted, since no word-level check can or should see it.
A capitalised-noun site is skipped (and counted with those) where the capital is how the name
is written or a house style, not an error (issue 15, 2026-12-01 night): the name of an event
("the Scottish Championship", "the Belgian Presidency", a derby: "the Kentucky Derby", "the
Merseyside Derby", as organisers and much of the press write them), the first part of a
compound ("Scottish Under-12"), and an embassy or consulate after its nation's adjective,
which AP capitalises ("the Japanese Embassy"; lower case alone).  Distinct sites dropped
per pool, of the planter's sites: tune 2 of 45, report 4 of 24 (all dropped before the
derby and the embassy were added), fresh_a 1 of 30 (an embassy), fresh_f 1 of 41 (a derby),
none in fresh_b to fresh_e.  Since caps8 (2026-12-01 night) two more: a nation's
federation ("the Romanian Federation": "the Russian Federation" is a state, and the
sports press writes a nation's governing body of a sport short as "the French
Federation"; AP lower-cases it), and a place's administrative head (province, region,
district, county, prefecture, oblast, governorate) after the place's own name, told from
an adjective of nationality by a preposition or another capital before it ("in Helmand
Province", "South Sulawesi Province": part of the official name in many styles, the UN's
and most gazetteers'; "the northern Ecuadorian province of" is still planted).  Distinct
sites these drop, of the sites the planter's pattern finds: fresh_b 1 of 20 (a
federation), fresh_c 1 of 27 (a province after its name), fresh_h 2 of 28 (one of
each), none in tune, report, fresh_a, fresh_d to fresh_g or fresh_i.  Since caps9
(2026-12-02) a natural feature's or a port's head after the feature's or the place's own
name is skipped the same way (river, lake, port, harbour, bay, valley, strait: "the Kali
Gandaki River", "at Djibouti Port"): AP, Chicago and the Guardian capitalise a river or
lake after its name, and a port authority's name for its port is how the place is
called, so a copy editor would not mark the capital; after an adjective of nationality
it is still planted ("The Lithuanian port of Klaipeda": a sentence's "The" is no place's
name, which the test before read as one; no site of the old heads moved by it).  The
planter's "nationality" pattern takes any capitalised word ending in -i, so it plants
after names too ("Mokgethi heads", "Menai coastal"): those are real stray capitals and
stay planted; but before a feature's head (and "mountains", "hills", "island",
"islands") a word that is no adjective of nationality (copydesk's
resources/case/demonyms.txt) is the feature's own name, and the site is skipped ("the
Chui Valley").  Distinct sites dropped: fresh_j 2 of 34 (a river, a port), fresh_k 2 of
38 (mountains after their range's name, a valley after its name; added after fresh_k's
blind first run), none in tune, report or fresh_a to fresh_i.  Since caps10 (2026-12-02)
an empire after its people's adjective is skipped too ("the Spanish Empire", "the
Ottoman Empire"): the name of a historical state, which Chicago, Britannica and the
press capitalise as they do "the Roman Republic", so a copy editor would not mark it.
Distinct sites dropped: fresh_l 1 of 34, fresh_m 1 of 31 (counted after its blind first
run), none in tune, report or fresh_a to fresh_k.  Since 2026-12-04 (late) the other
heads of natural features a gazetteer writes after the feature's own name are skipped
with the river and the valley (creek, range, plateau, peninsula, lagoon, reef, glacier,
gorge, canyon, delta, desert: "the Namoli Creek", "the Tunari Range"), on the same
reading.  Distinct sites dropped, of the planter's: fresh_w 1 of 23, fresh_ag 1 of 31,
fresh_ai 1 of 19, fresh_ak 1 of 19; none in the other pools (the hold-out fresh_av
not counted).
Person names for the name, pronoun and duplicated-subject families are found with copydesk's own
given-name list (resources/pronoun/first_names.txt), so those families measure the checks on
names of known gender only.  A pronoun site is skipped when the swap would not read as an
error because someone else could then be meant (issue 15, 2026-12-01 evening): a person named
in full and later as a speaker by surname alone, whatever the given name ("Kelly McDonald …
McDonald said"); a kin noun that may be the swapped gender in that sentence or the one before
("with his wife. He told reporters" -> "She told"); a role held for someone else in the
pronoun's own sentence ("Defence lawyer Ana Salazar said she would appeal" -> "he": her client;
not "His lawyer, Dmitry Kovalenko, said he would appeal" -> "she", where the client is a man).
Also (issue 15, 2026-12-01 night), by the same standard: someone named in full after a role
or a verb whose given name the list does not know, in that sentence or the one before
("beating the Romanian grandmaster Mihai Popescu in 58 moves. She said it was the best result
of her career" -> "He": Popescu may be the one speaking; the list knows only one of the two
people's genders, a reader knows both).  Every distinct he/she site of a pool: tune 21,
report 10, fresh_a 13, fresh_b 9, fresh_c 22, fresh_d 10, fresh_e 8, fresh_f 2 unchanged;
fresh_g 23 -> 22.  The in-article name family does not misspell a person's one full mention
when someone else of that surname was named in full before it ("Ana Lucía Padilla Ramos …
Padilla had … Her sister, Gloria Padilla Ramos, said"): misspelt there, the sister's only
name differs from her sister's, and one name one letter from another after a different
given name is two people to the check, as it may well be (Yegor Morozov, Ivan Morosov); a
full name after the surname alone in a headline is still misspelt.  Distinct spots
(surname uses that may be misspelt): fresh_g 29 -> 28, every other pool unchanged.

The pronoun-unlisted family (pron19, 2026-12-03) plants where the pronoun family cannot: a
he/she about a person whose given name copydesk's list does not know, named in full ("Ane
Goikoetxea") and later by surname, or by an honorific and surname ("Mrs Tanabe").  The
person's gender comes from the article alone, never from copydesk's lists or rules: an
honorific (Mr, Mrs, Ms, Miss), a noun only one gender bears said of them ("the mother of two",
"actress …"), or another he/she/his/her/him clearly theirs in another sentence; a person with
any evidence the other way has no site.  "Clearly theirs" is the pronoun family's standard:
the only person named in the pronoun's sentence or the one before (across a paragraph
break), no listed given name, no one else named in full (listed or not, "van der Meer"),
no quotation, no pronoun of the other gender, no kin or role of someone else.  Each plant
is tallied by its strongest evidence: honorific, noun, pronouns (two or more), pronoun (one;
the swap then leaves one pronoun each way, which a reader marks but a check may not know
which to trust).  Someone else named in full anywhere in the article, however common the
surname and whatever the given name ("Ibrahim Sani Bello … Bello had known"), stops a site
when named by surname alone near the pronoun (found in the hand check of the first version:
two fresh_q sites).  Distinct sites: tune 0, report 1, fresh_a-c 0, d 1, e 2, f 4, g 0, h 0,
i 6, j 6, k 8, l 11, m 2, n 3, o 0, p 1, q 0, r 1, s 4, t 6, u 1, v-z 0, aa 2, ac 4 (63).

Usage: python bench/eval_families.py
       [--pool tune|report|fresh_a|fresh_b|fresh_c|fresh_d|fresh_e|fresh_f|fresh_g|fresh_h|
               fresh_i|fresh_j|fresh_k|fresh_l|fresh_m|fresh_n|fresh_o|fresh_p|fresh_q|fresh_r|
               fresh_s|fresh_t|fresh_u|fresh_v|fresh_w|fresh_x|fresh_y|fresh_z|fresh_aa|
               fresh_ab|fresh_ac|fresh_ad|fresh_ae|fresh_af|fresh_ag|fresh_ah|fresh_ai|
               fresh_aj|fresh_ak|fresh_al|fresh_am|fresh_an|fresh_ao|fresh_ap|fresh_aq|
               fresh_ar|fresh_as|fresh_at|fresh_au|fresh_av|fresh_aw|fresh_ax|fresh_ay|
               fresh_az|fresh_ba|fresh_bb|fresh_bc|fresh_bd|fresh_be|fresh_bf|fresh_bg|
               fresh_bh|fresh_bi|fresh_bj|fresh_bk|fresh_bl|fresh_bm|fresh_bn|
               fresh_bo|fresh_bp|fresh_bq|fresh_br|fresh_bs|fresh_bt|fresh_bu|fresh_bv|
               fresh_bw|fresh_bx|fresh_by|fresh_bz|fresh_ca|fresh_cb|fresh_cc|fresh_cd|
               fresh_ce|fresh_cf|fresh_cg|fresh_ch|fresh_ci|fresh_cj|fresh_ck|fresh_cl|
               fresh_cm|fresh_cn|fresh_co|fresh_cp|fresh_cq|fresh_cr|fresh_cs|fresh_ct|
               fresh_cu|fresh_cv|fresh_cw|fresh_cx|fresh_cy|fresh_cz|fresh_da|fresh_db|
               fresh_dc|fresh_dd|fresh_de|fresh_df|fresh_dg|fresh_dh|fresh_di|fresh_dj|
               fresh_dk|fresh_dl|fresh_dm|fresh_dn|fresh_do|fresh_dp|fresh_dq|fresh_dr]
       [--trials 60] [--seed 9000] [--family NAME] [--show-misses]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.checks.context import BatchMember  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.fixer import fix_text  # noqa: E402
from copydesk.checks.lexicon import zipf  # noqa: E402
from copydesk.checks.model import Issue  # noqa: E402
from copydesk.checks.service import LANGUAGETOOL, ServiceState  # noqa: E402
from copydesk.checks.settings import LanguageToolSettings, Settings  # noqa: E402

DATA = ROOT / "bench" / "data"
# written blind to the rules; bench/holdout.py names the hold-out (fresh_b, fresh_d, fresh_f,
# fresh_h and fresh_j were, until their one run: module docstring)
FRESH_POOLS = (
    "fresh_a",
    "fresh_b",
    "fresh_c",
    "fresh_d",
    "fresh_e",
    "fresh_f",
    "fresh_g",
    "fresh_h",
    "fresh_i",
    "fresh_j",
    "fresh_k",
    "fresh_l",
    "fresh_m",
    "fresh_n",
    "fresh_o",
    "fresh_p",
    "fresh_q",
    "fresh_r",
    "fresh_s",
    "fresh_t",
    "fresh_u",
    "fresh_v",
    "fresh_w",
    "fresh_x",
    "fresh_y",
    "fresh_z",
    "fresh_aa",
    "fresh_ab",
    "fresh_ac",
    "fresh_ad",
    "fresh_ae",
    "fresh_af",
    "fresh_ag",
    "fresh_ah",
    "fresh_ai",
    "fresh_aj",
    "fresh_ak",
    "fresh_al",
    "fresh_am",
    "fresh_an",
    "fresh_ao",
    "fresh_ap",
    "fresh_aq",
    "fresh_ar",
    "fresh_as",
    "fresh_at",
    "fresh_au",
    "fresh_av",
    "fresh_aw",
    "fresh_ax",
    "fresh_ay",
    "fresh_az",
    "fresh_ba",
    "fresh_bb",
    "fresh_bc",
    "fresh_bd",
    "fresh_be",
    "fresh_bf",
    "fresh_bg",
    "fresh_bh",
    "fresh_bi",
    "fresh_bj",
    "fresh_bk",
    "fresh_bl",
    "fresh_bm",
    "fresh_bn",
    "fresh_bo",
    "fresh_bp",
    "fresh_bq",
    "fresh_br",
    "fresh_bs",
    "fresh_bt",
    "fresh_bu",
    "fresh_bv",
    "fresh_bw",
    "fresh_bx",
    "fresh_by",
    "fresh_bz",
    "fresh_ca",
    "fresh_cb",
    "fresh_cc",
    "fresh_cd",
    "fresh_ce",
    "fresh_cf",
    "fresh_cg",
    "fresh_ch",
    "fresh_ci",
    "fresh_cj",
    "fresh_ck",
    "fresh_cl",
    "fresh_cm",
    "fresh_cn",
    "fresh_co",
    "fresh_cp",
    "fresh_cq",
    "fresh_cr",
    "fresh_cs",
    "fresh_ct",
    "fresh_cu",
    "fresh_cv",
    "fresh_cw",
    "fresh_cx",
    "fresh_cy",
    "fresh_cz",
    "fresh_da",
    "fresh_db",
    "fresh_dc",
    "fresh_dd",
    "fresh_de",
    "fresh_df",
    "fresh_dg",
    "fresh_dh",
    "fresh_di",
    "fresh_dj",
    "fresh_dk",
    "fresh_dl",
    "fresh_dm",
    "fresh_dn",
    "fresh_do",
    "fresh_dp",
    "fresh_dq",
    "fresh_dr",
)


def pool(name: str) -> dict[str, str]:
    if name == "tune":
        paths = [p for p in DATA.glob("news_*.txt") if "heldout" not in p.name]
        paths += list(DATA.glob("pron_*.txt"))
    elif name in FRESH_POOLS:
        paths = list((DATA / name).glob("*.txt"))
    else:
        paths = list(DATA.glob("news_heldout_*.txt"))
        paths += list((DATA / "unseen" / "clean").glob("*.txt"))
        paths += list((DATA / "families").glob("*.txt"))
    return {p.name: p.read_text("utf-8") for p in sorted(paths)}


def given_names() -> dict[str, str]:
    out = {}
    for line in (
        (ROOT / "resources" / "pronoun" / "first_names.txt").read_text("utf-8").splitlines()
    ):
        if line and not line.startswith("#"):
            name, gender = line.split()
            out[name] = gender
    return out


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn"
    )


@dataclass
class Plant:
    docs: list[str]  # planted texts; docs[0] holds the artifact
    clean: list[str]  # the same texts before planting
    start: int  # the artifact's span in docs[0]
    end: int
    kind: str = ""


Planter = Callable[[str, str, random.Random, dict[str, str]], Plant | None]
SKIPPED: Counter[str] = Counter()

# --- helpers -----------------------------------------------------------------------------------

_PARA_START = re.compile(r"(?:(?<=\n\n)|(?<=\A))([A-Z][a-z]+)\b")
_SENT_END = re.compile(r"[.!?][”\"’)]?\s")


def _known(token: str) -> bool:
    return zipf(token) > 1.0


def _sub(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _choose(rng: random.Random, items: list) -> object | None:
    return rng.choice(items) if items else None


def _body_start(text: str) -> int:
    """Offset after the headline (the first paragraph)."""
    at = text.find("\n\n")
    return at + 2 if at >= 0 else 0


def _persons(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, first, last, gender) of 'First Last' with a known given name."""
    names = given_names()
    out = []
    for m in re.finditer(r"\b([A-Z][a-zà-ÿ]+) ((?:[A-Z][a-zà-ÿ]+-)?[A-Z][a-zà-ÿ]{2,})\b", text):
        gender = names.get(_fold(m.group(1)))
        # "Tony Awards", "Albert Museum": a common word is no surname
        if gender and zipf(m.group(2).lower()) < 4.0:
            out.append((m.start(), m.end(), m.group(1), m.group(2), gender))
    return out


def _variants(name: str, rng: random.Random) -> list[str]:
    """Spellings of ``name`` a translator or wire might produce: accents, c/k, doubled letters."""
    out = set()
    folded = "".join(
        c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn"
    )
    if folded != name:
        out.add(folded)
    pairs = [
        ("c", "k"),
        ("k", "c"),
        ("ph", "f"),
        ("f", "ph"),
        ("y", "i"),
        ("i", "y"),
        ("v", "w"),
        ("w", "v"),
        ("ou", "u"),
        ("sh", "sch"),
        ("ch", "tch"),
        ("j", "y"),
        ("ei", "ey"),
        ("ov", "off"),
        ("ks", "x"),
        ("x", "ks"),
        ("dj", "j"),
        ("ee", "i"),
    ]
    body = name[1:]
    for a, b in pairs:
        for m in re.finditer(a, body):
            out.add(name[0] + body[: m.start()] + b + body[m.end() :])
    for m in re.finditer(r"([bcdfglmnprst])\1", body):
        out.add(name[0] + body[: m.start()] + m.group(1) + body[m.end() :])
    for m in re.finditer(r"(?<=[aeiou])([lmnrst])(?=[aeiou])", body):
        out.add(name[0] + body[: m.start()] + m.group(1) * 2 + body[m.end() :])
    if "-" in name:
        out.add(name.replace("-", " "))
    out.discard(name)
    return sorted(out)


# --- planters: (name, text, rng, whole pool) -> Plant ---------------------------------------------


def plant_stray(name: str, text: str, rng: random.Random, texts: dict[str, str]) -> Plant | None:
    sites = []
    for m in _PARA_START.finditer(text, _body_start(text)):
        word = m.group(1)
        low = word.lower()
        # an ordinary word, not a name: used lower case somewhere, or very common
        if zipf(low) < 3.0 or (not re.search(rf"(?<![.\n] )\b{low}\b", text) and zipf(low) < 5):
            continue
        sites.append(m)
    m = _choose(rng, sites)
    if m is None:
        return None
    caps = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.choice((1, 2))))
    token = caps + m.group(1).lower()
    if _known(token):
        SKIPPED["stray-fragment"] += 1
        return None
    return Plant(
        [_sub(text, m.start(), m.end(), token)],
        [text],
        m.start(),
        m.start() + len(token),
        f"{len(caps)} cap",
    )


def plant_glued(name: str, text: str, rng: random.Random, texts: dict[str, str]) -> Plant | None:
    sites = [m for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-zà-ÿ]{2,}) ([a-z]{2,})\b", text)]
    m = _choose(rng, sites)
    if m is None:
        return None
    token = m.group(1) + m.group(2)
    if _known(token):
        SKIPPED["glued"] += 1
        return None
    return Plant([_sub(text, m.start(), m.end(), token)], [text], m.start(), m.start() + len(token))


# particles inside a surname ("Lula da Silva", "van Gogh"): another person's name before it
_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den"}
    | {"le", "la", "al", "bin", "ibn", "ben"}
)


def _uses(text: str, first: str, last: str) -> list[re.Match[str]]:
    """This person's uses of the surname: after their given name (Jean-Rémi) or alone, not after
    another person's given name or a particle ("Lula da Silva" is not "Marina Silva")."""
    out = []
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        if m.start() and text[m.start() - 1] in "-‐‑":
            continue  # "Quispe-Mamani" is another person's compound surname, not a use of "Mamani"
        before = re.search(r"([\w'’-]+) \Z", text[max(0, m.start() - 40) : m.start()])
        word = before.group(1) if before else ""
        if word.endswith(first) or not (word[:1].isupper() or word in _PARTICLES):
            out.append(m)
    return out


def _name_site(text: str, rng: random.Random, min_count: int):
    people = [p for p in _persons(text) if len(_uses(text, p[2], p[3])) >= min_count]
    p = _choose(rng, people)
    if p is None:
        return None
    variants = [v for v in _variants(p[3], rng) if v not in text]
    if not variants:
        return None
    return p, rng.choice(variants)


def _name_spots(text: str, person: tuple[int, int, str, str, str]) -> list[re.Match[str]]:
    """The uses of a person's surname that may be misspelt: every one after the first, but
    not the person's own full name when someone else of that surname was named in full
    before it ("Ana Lucía Padilla Ramos … Padilla had … Her sister, Gloria Padilla Ramos,"):
    misspelt there, the sister's one mention is a name of her own, another family's."""
    start, end, first, last, _ = person
    spots = _uses(text, first, last)[1:]
    kin = any(
        not m.group(1).endswith(first)
        for m in re.finditer(rf"\b([A-Z][\w'’-]*) {re.escape(last)}\b", text[:start])
    )
    return [m for m in spots if m.start() >= end] if kin else spots


def plant_name(name: str, text: str, rng: random.Random, texts: dict[str, str]) -> Plant | None:
    # News names a person in full once and by surname after: two uses are enough for the
    # later one to be misspelt.  Three left fresh_b no site at all (its one surname used
    # three times, Ortega, has no variant below) and fresh_a two people.
    site = _name_site(text, rng, 2)
    if site is None:
        return None
    spots = _name_spots(text, site[0])
    variant = site[1]
    if not spots:
        return None
    m = rng.choice(spots)
    return Plant(
        [_sub(text, m.start(), m.end(), variant)], [text], m.start(), m.start() + len(variant)
    )


def plant_name_batch(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    site = _name_site(text, rng, 2)
    if site is None:
        return None
    (start, end, first, last, _), variant = site
    # the sentence of this article that introduces the person, copied into another article
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    right_m = _SENT_END.search(text, end)
    right = right_m.start() + 1 if right_m else len(text)
    sentence = text[left:right].strip()
    if len(sentence) > 300 or "\n" in sentence:
        return None
    other_name = rng.choice([n for n in texts if n != name])
    other = texts[other_name]
    if last in other:
        return None
    planted_sentence = sentence.replace(f"{first} {last}", f"{first} {variant}", 1)
    body = other.rstrip("\n")
    doc = body + "\n\n" + planted_sentence + "\n"
    at = len(body) + 2 + planted_sentence.index(f"{first} {variant}") + len(first) + 1
    clean_doc = body + "\n\n" + sentence + "\n"
    return Plant([doc, text], [clean_doc, text], at, at + len(variant))


_NAME_PAIR = re.compile(
    r"\b([A-Z][a-zà-ÿ]+) ((?:[A-Z][a-zà-ÿ]+-)?(?:Mac|Mc|O’|O')?[A-Z][a-zà-ÿ]{2,})\b"
)


def _surnames(text: str) -> set[str]:
    """Surnames of people the text names in full and then by surname alone, whether or not
    the given name is in the list ("Kelly McDonald … McDonald"): someone a pronoun could mean."""
    out = {p[3] for p in _persons(text)}
    for m in _NAME_PAIR.finditer(text):
        last = m.group(2)
        # alone later as a speaker: "McDonald said", not the full name again ("Kelly
        # McDonald said"), so no capitalised word just before, of any length (a look-behind
        # of one fixed length let every given name but a two-letter one through)
        later = regex.search(
            rf"(?<![A-Z][a-zà-ÿ]+ )\b{regex.escape(last)} (?:said|says|told|added|wrote)\b",
            text[m.end() :],
        )
        if zipf(last.lower()) < 4.0 and zipf(m.group(1).lower()) < 5.0 and later:
            out.add(last)
    return out


# Kin and roles held for someone else (copydesk's kin_nouns.txt, which are not the rules
# under test but English): "with his wife. She told…", "Defence lawyer Ana Salazar said he
# would appeal" (the client): the swapped pronoun may well mean that other person, so the
# plant would not be an error.  Words that can only be the original pronoun's gender stay.
_ONLY = {
    "m": {"husband", "widower", "son", "sons", "father", "brother", "brothers", "uncle"}
    | {"nephew", "grandson", "grandfather", "fiancé", "fiance", "boyfriend", "spokesman"},
    "f": {"wife", "widow", "daughter", "daughters", "mother", "sister", "sisters", "aunt"}
    | {"niece", "granddaughter", "grandmother", "fiancée", "fiancee", "girlfriend"}
    | {"spokeswoman"},
}


_KIN = _ONLY["m"] | _ONLY["f"] | {"partner", "child", "cousin", "fiancé", "fiance"}
_FOR_OTHERS = ("lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "aide")


def _someone_else(span: str, own: str, gender: str) -> bool:
    """A kin noun in ``span`` that could be the swapped pronoun's gender, or a role held for
    someone else ("lawyer", "spokesman") in the pronoun's own sentence ``own``; a role of
    the person's own ("deputy mayor") is neither."""
    for m in re.finditer(r"\b([a-zé]+)\b", span):
        word = m.group(1)
        if word in _KIN and word not in _ONLY[gender]:
            return True
    # "His lawyer, Dmitry Kovalenko, said she…": the client is a man, so "she" is no one
    swapped = "her" if gender == "m" else "his"
    for m in re.finditer(r"\b(?:(his|her|their) )?([a-z]+)\b", own.lower()):
        if m.group(2) in _FOR_OTHERS and m.group(1) in (None, "their", swapped):
            return True
    return False


# A full name after a lower-case word ("the Romanian grandmaster Mihai Popescu"), and no
# capitalised word after it (not "the Escuela Politécnica Nacional")
_FULL_AFTER_WORD = re.compile(
    r"\b([a-z]+) ([A-Z][a-zà-ÿ]+) ((?:[A-Z][a-zà-ÿ]+-)?(?:Mac|Mc|O’|O')?[A-Z][a-zà-ÿ]{2,})\b"
    r"(?! [A-Z])"
)
# words before a place or an institution's name, not before a person's
_BEFORE_PLACE = frozenset(
    {"the", "a", "an", "in", "at", "from", "to", "of", "on", "by", "for", "with", "and", "into"}
    | {"near", "across", "via", "through", "outside", "inside", "between", "around"}
)


def _unknown_person(span: str) -> bool:
    """Someone named in full in ``span`` whose given name the list does not know, after a
    role or a verb ("beating the Romanian grandmaster Mihai Popescu"): a person of either
    gender, whom the swapped pronoun may mean ("…in 58 moves. He said it was…")."""
    names = given_names()
    for m in _FULL_AFTER_WORD.finditer(span):
        word, first, last = m.groups()
        if (
            word not in _BEFORE_PLACE
            and _fold(first) not in names
            and zipf(first.lower()) < 5.0
            and zipf(last.lower()) < 4.0
        ):
            return True
    return False


def _pronoun_sites(text: str) -> list[tuple[int, str, str]]:
    """(offset, pronoun, gender) where one named person of that gender is the only one near."""
    names = given_names()
    people = _persons(text)
    out = []
    for m in re.finditer(r"\b([Hh]e|[Ss]he)\b", text):
        pron_gender = "m" if m.group(1).lower() == "he" else "f"
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        prev = max(text.rfind(". ", 0, sent_start), text.rfind("\n", 0, sent_start))
        window = [p for p in people if prev < p[0] < m.start()]
        # no other given name, and no quotation mark between (a quote may speak of others)
        given = [
            w
            for w in re.findall(r"\b[A-Z][a-z]+\b", text[prev + 1 : m.start()])
            if _fold(w) in names
        ]
        span = text[prev + 1 : m.start()]
        quoted = re.search(r"[“”\"]", span)
        # unambiguous only: no pronoun of the other gender, no other person's surname,
        # and a pronoun, not the chemical symbol ("symbol He, is")
        other = (
            r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"
            if pron_gender == "m"
            else r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"
        )
        surnames = (_surnames(text) - {window[0][3]}) if window else set()
        clear = (
            not re.search(other, span)
            and not any(re.search(rf"\b{re.escape(n)}\b", span) for n in surnames)
            and not _someone_else(span, text[sent_start + 1 : m.start()], pron_gender)
            and not _unknown_person(span)
            and re.match(r" [a-z]", text[m.end() : m.end() + 2])
        )
        if (
            len(window) == 1
            and len(given) == 1
            and window[0][4] == pron_gender
            and not quoted
            and clear
        ):
            out.append((m.start(), m.group(1), pron_gender))
    return out


def plant_pronoun(name: str, text: str, rng: random.Random, texts: dict[str, str]) -> Plant | None:
    site = _choose(rng, _pronoun_sites(text))
    if site is None:
        return None
    at, word, _ = site
    swap = {"he": "she", "she": "he", "He": "She", "She": "He"}[word]
    return Plant([_sub(text, at, at + len(word), swap)], [text], at, at + len(swap))


# --- pronoun-unlisted: people whose given name copydesk's list does not know -------------------
# Their gender comes from the article alone (never from copydesk's lists or rules, which are
# under test): an honorific, a gendered noun about them, or another pronoun clearly theirs.
_LETTERS = r"\p{Lu}[\p{Ll}\p{M}]+"
_UNLISTED_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'’-])({_LETTERS}) "
    rf"((?:{_LETTERS}-)?(?:Mac|Mc|O’|O')?\p{{Lu}}[\p{{Ll}}\p{{M}}]{{2,}})"
    r"(?![\p{L}\p{M}'’-])(?! \p{Lu})"
)
_HONORIFIC = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_HONORIFIC_NAME = regex.compile(
    r"(?<![\p{L}])(Mr|Mrs|Ms|Miss)\.? (\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}])"
)
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor"})
# nouns that can only be a man or only a woman, said of the person in apposition
_GENDER_NOUNS = {
    "m": frozenset(
        {"actor", "widower", "spokesman", "father", "husband", "son", "brother", "uncle"}
        | {"grandfather", "businessman", "chairman", "congressman", "king", "prince", "monk"}
        | {"sportsman", "fisherman", "nephew", "grandson", "boyfriend", "councilman"}
    ),
    "f": frozenset(
        {"actress", "widow", "spokeswoman", "mother", "wife", "daughter", "sister", "aunt"}
        | {"grandmother", "businesswoman", "chairwoman", "congresswoman", "queen", "princess"}
        | {"nun", "sportswoman", "niece", "granddaughter", "girlfriend", "councilwoman"}
    ),
}
_NOUN_AFTER = regex.compile(
    r"\A, (?:a|an|the|his|her) (?:[\p{L}-]+ ){0,3}?(\p{Ll}+)(?=[,.;]| of\b| who\b)"
)


@dataclass
class _Unlisted:
    """A person named in full, or by an honorific and surname, with no listed given name."""

    last: str
    first: str = ""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    evidence: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, gender, kind)


def _unlisted_people(text: str) -> dict[str, _Unlisted]:
    """People named in full and later by surname (or by an honorific), keyed by surname;
    a surname two people of different given names share is nobody's (ambiguous)."""
    names = given_names()
    firsts: dict[str, set[str]] = {}
    for m in _NAME_PAIR.finditer(text):
        if m.group(1) not in _TITLES:
            firsts.setdefault(m.group(2), set()).add(m.group(1))
    people: dict[str, _Unlisted] = {}
    for m in _UNLISTED_NAME.finditer(text):
        first, last = m.groups()
        before = regex.search(r"(\p{Lu}[\p{L}\p{M}]*) \Z", text[max(0, m.start() - 30) : m.start()])
        if (
            _fold(first) in names
            or zipf(first.lower()) >= 4.0
            or zipf(last.lower()) >= 4.0
            or len(firsts.get(last, set()) - {first}) > 0
            or (before and zipf(before.group(1).lower()) < 4.0)
        ):
            continue
        person = people.setdefault(last, _Unlisted(last, first))
        person.mentions.append((m.start(), m.end()))
    for m in _HONORIFIC_NAME.finditer(text):
        last = m.group(2)
        if zipf(last.lower()) >= 4.0 or len(firsts.get(last, set()) - _TITLES) > 1:
            continue
        if any(_fold(f) in names for f in firsts.get(last, set())):
            continue
        person = people.setdefault(last, _Unlisted(last))
        person.mentions.append((m.start(), m.end()))
        person.evidence.append((m.start(), _HONORIFIC[m.group(1)], "honorific"))
    for last, person in list(people.items()):
        alone = [
            a for a in _uses(text, person.first or "\0", last) if a.start() > person.mentions[0][0]
        ]
        if not alone and not any(k == "honorific" for _, _, k in person.evidence):
            del people[last]  # named once: not shown to be a person, no surname to follow
            continue
        person.mentions += [(a.start(), a.end()) for a in alone]
        _noun_evidence(text, person)
    return people


def _noun_evidence(text: str, person: _Unlisted) -> None:
    """A noun only one gender bears, said of the person: just before a mention ("actress
    Thandiwe Okafor") or in the apposition after it ("Okafor, a widow of 60,")."""
    for start, end in person.mentions:
        before = regex.search(r"\b(\p{Ll}+) \Z", text[max(0, start - 30) : start])
        after = _NOUN_AFTER.match(text[end : end + 80])
        for m in (before, after):
            noun = m.group(1) if m else ""
            for gender, nouns in _GENDER_NOUNS.items():
                if noun in nouns:
                    person.evidence.append((start, gender, "noun"))


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))


_OTHER_GENDER = {"m": r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b", "f": r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"}


# a surname after a particle ("van der Meer", "de la Cruz"): a person the pairs above miss
_PARTICLE_NAME = regex.compile(r"\b(?:[Vv]an|[Vv]on|de|da|der|del|di|dos|la|le|al|bin|ibn) \p{Lu}")


def _someone_named(span: str, person: _Unlisted) -> bool:
    """Someone other than ``person`` named in full in ``span`` ("his former rival Andy
    Oakes", "Sani Bello", "van der Meer"), listed or not, a common surname or not."""
    if _PARTICLE_NAME.search(span):
        return True
    for m in _NAME_PAIR.finditer(span):
        first, last = m.groups()
        if last != person.last and first not in _TITLES and zipf(first.lower()) < 4.5:
            return True
    return False


def _clearly_of(
    text: str, at: int, gender: str, people: dict[str, _Unlisted], surnames: set[str]
) -> _Unlisted | None:
    """The one unlisted person a pronoun at ``at`` can mean, by the guards of
    ``_pronoun_sites``: the only person named in its sentence or the one before, no given
    name the list knows, no quotation, no pronoun of the other gender, no kin or role of
    someone else, no other person named in full."""
    sent_start = _sentence_start(text, at)
    # the sentence before, across a paragraph break ("…in the association.⏎⏎She said")
    prev = _sentence_start(text, len(text[: sent_start + 1].rstrip()))
    span = text[prev + 1 : at]
    near = [p for p in people.values() if any(prev < s < at for s, _ in p.mentions)]
    if len(near) != 1 or re.search(r"[“”\"]", span) or re.search(_OTHER_GENDER[gender], span):
        return None
    person = near[0]
    names = given_names()
    if any(_fold(w) in names for w in regex.findall(r"\b\p{Lu}[\p{Ll}\p{M}]+\b", span)):
        return None
    if any(regex.search(rf"\b{regex.escape(n)}\b", span) for n in surnames - {person.last}):
        return None
    if _someone_named(span, person):
        return None
    own = text[sent_start + 1 : at]
    alone = span.replace(f"{person.first} {person.last}", person.last) if person.first else span
    if _someone_else(span, own, gender) or _unknown_person(alone):
        return None
    return person


# every two capitalised words in a row, overlapping ("Ibrahim Sani", "Sani Bello")
_OVERLAPPING_PAIRS = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+) (?=(\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}]))"
)


def _unlisted_sites(text: str) -> list[tuple[int, str, str, str]]:
    """(offset, pronoun, gender, kind of evidence) of a he/she clearly about one unlisted
    person whose gender the article shows elsewhere, and nowhere the other way."""
    people = _unlisted_people(text)
    if not people:
        return []
    # anyone named in full anywhere may be named by surname alone near the pronoun ("Ibrahim
    # Sani Bello … Bello had known"), whatever their given name and however common the surname
    full = {
        m.group(2)
        for m in _OVERLAPPING_PAIRS.finditer(text)
        if m.group(1) not in _TITLES and zipf(m.group(1).lower()) < 4.5
    }
    surnames = _surnames(text) | {p[3] for p in _persons(text)} | set(people) | full
    votes: list[tuple[int, str, _Unlisted]] = []
    for m in re.finditer(r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers)\b", text):
        gender = "m" if m.group(1).lower() in ("he", "his", "him") else "f"
        person = _clearly_of(text, m.start(), gender, people, surnames)
        if person is not None:
            votes.append((m.start(), gender, person))
    out: list[tuple[int, str, str, str]] = []
    for at, gender, person in votes:
        word = text[at : at + 3].rstrip(" ")
        if word.lower() not in ("he", "she") or not re.match(r" [a-z]", text[at + len(word) :]):
            continue
        sent = _sentence_start(text, at)
        others = [
            (o, g, "pronoun")
            for o, g, p in votes
            if p is person and _sentence_start(text, o) != sent
        ]
        evidence = person.evidence + others
        if not evidence or any(g != gender for _, g, _ in evidence):
            continue
        kinds = {k for _, _, k in evidence}
        kind: str = next(k for k in ("honorific", "noun", "pronoun") if k in kinds)
        if kind == "pronoun" and len(others) > 1:
            kind = "pronouns"
        out.append((at, word, gender, kind))
    return out


def plant_pronoun_unlisted(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    sites = _unlisted_sites(text)
    if not sites:
        return None
    at, word, _, kind = rng.choice(sites)
    swap = {"he": "she", "she": "he", "He": "She", "She": "He"}[word]
    return Plant([_sub(text, at, at + len(word), swap)], [text], at, at + len(swap), kind)


_NAME_OF_EVENT = ("championship", "championships", "presidency", "derby")
# AP capitalises an embassy or consulate after its nation ("the French Embassy", "the
# U.S. Embassy"; lower case alone): a house style, not a stray capital (module docstring).
_HOUSE_STYLE = ("embassy", "consulate")
# A nation's federation: "the Russian Federation" is a state, and the sports press writes a
# nation's governing body of a sport short as "the French Federation" (module docstring).
_FEDERATION = ("federation",)
# An empire after its people's adjective is a historical state's name ("the Spanish
# Empire", "the Ottoman Empire"): Chicago, Britannica and the press capitalise it, as they
# do "the Roman Republic" (module docstring).
_STATE_NAME = ("empire",)
# A place's administrative head after the place's own name ("in Helmand Province"): part of
# the official name in many styles (AP lower-cases it), so no error a copy editor would mark.
_PLACE_HEADS = ("province", "region", "district", "county", "prefecture", "oblast", "governorate")
# ... and so is a natural feature's or a port's head after its name ("the Zambezi River",
# "Mombasa Port"): AP, Chicago and the Guardian capitalise a river or lake after its name,
# and a port authority's own name for its port is the place's name (module docstring).
_FEATURE_HEADS = ("river", "lake", "port", "harbour", "harbor", "bay", "valley", "strait")
_FEATURE_HEADS += ("mountains", "hills", "island", "islands")
_FEATURE_HEADS += ("creek", "range", "plateau", "peninsula", "lagoon", "reef", "glacier")
_FEATURE_HEADS += ("gorge", "canyon", "delta", "desert")


@cache
def _demonyms() -> frozenset[str]:
    """copydesk's adjectives of nationality (resources/case/demonyms.txt): before a
    feature's head any other capitalised word is the feature's own name ("the Chui
    valley"; the site pattern takes any word in -i or -an for an adjective)."""
    path = ROOT / "resources" / "case" / "demonyms.txt"
    return frozenset(
        line.strip() for line in path.read_text("utf-8").splitlines() if line[:1].isupper()
    )


# (a sentence's "The" is no place's name: "The Lithuanian port of Klaipeda" is planted)
_PLACE_NAME_BEFORE = re.compile(
    r"(?:\b(?:in|of|from|across|to|near|at|throughout|into)|\b(?!The\b)[A-Z][a-z]+) \Z"
)
_FUNCTION_CAPS = ("the", "a", "his", "her", "their", "this", "they", "we", "it", "its")
_AFTER = ("that", "of", "and", "in", "to", "for", "with", "on", "from", "by", "but", "as")


def _mid_capital(text: str, rng: random.Random, noun: bool) -> Plant | None:
    if not noun:
        pat = rf"\b(?:{'|'.join(_AFTER)}) ({'|'.join(_FUNCTION_CAPS)}) [a-z]"
        kind = "function word"
    else:
        # a common noun after an adjective of nationality: "North Korean Dictator"
        pat = r"(?<=[a-z,] )[A-Z][a-z]+(?:an|ese|ish|ian|ic|i) ([a-z]{4,})\b(?! [A-Z])"
        kind = "noun"
    sites = [m for m in re.finditer(pat, text) if zipf(m.group(1)) >= 3.5 or kind != "noun"]
    m = _choose(rng, sites)
    if m is None:
        return None
    word = m.group(1)
    skip = word in _NAME_OF_EVENT or word in _HOUSE_STYLE or word in _FEDERATION
    skip = skip or word in _STATE_NAME
    # the word before the head is the place's name when a preposition or another capital
    # comes before it ("in Arkhangai province", "South Sulawesi province"), not an
    # adjective of nationality ("the northern Ecuadorian province of")
    place_name = _PLACE_NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
    skip = skip or (word in _PLACE_HEADS + _FEATURE_HEADS and place_name is not None)
    adjective = text[m.start() : m.start(1)].strip()
    skip = skip or (word in _FEATURE_HEADS and adjective not in _demonyms())
    if kind == "noun" and (skip or text[m.end(1) : m.end(1) + 1] == "-"):
        # "the next Scottish Championship", "the Belgian Presidency of the Council",
        # "the Scottish Under-12 title", "the Nairobi Derby": how organisers write these
        # names; "the Japanese Embassy": AP's style; house style may lower-case them,
        # but a copy editor would not call the capital an error.
        SKIPPED["mid-capital-noun"] += 1
        return None
    return Plant(
        [_sub(text, m.start(1), m.end(1), word.capitalize())], [text], m.start(1), m.end(1), kind
    )


def plant_mid_capital(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    return _mid_capital(text, rng, noun=False)


def plant_mid_capital_noun(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    return _mid_capital(text, rng, noun=True)


_PRONOUN_OF = {"m": "He", "f": "She"}
_SUBJECT_VERB = r"[a-z]+(?:ed|s)|said|told|had|was|will|would|could|won|led|made|took"


def plant_dup_subject(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    sites = []
    for p in _persons(text):
        before = text[max(0, p[0] - 2) : p[0]]
        subject = p[0] == 0 or before in (". ", "\n", "— ") or before.endswith("\n")
        after = re.match(r" ([a-z]+)\b", text[p[1] :])
        if subject and after and re.fullmatch(_SUBJECT_VERB, after.group(1)):
            sites.append(p)
    p = _choose(rng, sites)
    if p is None:
        return None
    insert = " " + _PRONOUN_OF[p[4]]
    return Plant([_sub(text, p[1], p[1], insert)], [text], p[1] + 1, p[1] + len(insert))


def plant_blank_lines(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    sites = [m for m in re.finditer(r"(?<=\S)\n\n(?=\S)", text)]
    m = _choose(rng, sites)
    if m is None:
        return None
    run = "\n" * rng.randint(3, 6)
    return Plant([_sub(text, m.start(), m.end(), run)], [text], m.start(), m.start() + len(run))


def plant_double_punct(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    sites = [m for m in re.finditer(r"(?<=[a-z])([.,])(?= [A-Za-z])", text)]
    m = _choose(rng, sites)
    if m is None:
        return None
    doubled = m.group(1) * 2
    return Plant([_sub(text, m.start(), m.end(), doubled)], [text], m.start(), m.start() + 2)


def plant_missing_space(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    sites = [m for m in re.finditer(r"(?<=[a-z]{3})([.,]) (?=[A-Za-z]{2})", text)]
    m = _choose(rng, sites)
    if m is None:
        return None
    return Plant([_sub(text, m.start(), m.end(), m.group(1))], [text], m.start() - 2, m.start() + 3)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _metadata_line(rng: random.Random) -> str:
    d, mo, y = rng.randint(1, 28), rng.randrange(12), rng.choice((2024, 2025, 2026))
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    first = rng.choice(("Ana", "Peter", "Leila", "Owen", "Mira", "Tobias", "Ines", "Rafael"))
    last = rng.choice(("Castell", "Norberg", "Adeyemi", "Quist", "Halloran", "Vidal", "Sorensen"))
    return rng.choice(
        (
            f"Published: {y}-{mo + 1:02d}-{d:02d} {hh:02d}:{mm:02d}",
            f"Updated {d} {_MONTHS[mo]} {y}, {hh:02d}:{mm:02d} GMT",
            f"By {first} {last} | {_MONTHS[mo]} {d}, {y}",
            f"Last modified on {d} {_MONTHS[mo][:3]} {y} {hh:02d}.{mm:02d} GMT",
            f"Posted {_MONTHS[mo]} {d}, {y} at {hh % 12 + 1}:{mm:02d} pm",
            f"Reading time: {rng.randint(2, 9)} min",
            f"{first} {last}, {d}/{mo + 1}/{y}",
            f"Date: {d:02d}.{mo + 1:02d}.{y}",
        )
    )


READ_MORE = ("What we know about", "Why it matters for", "Live updates from")


def _boilerplate_line(rng: random.Random) -> str:
    place = rng.choice(("Lyon", "Accra", "Porto", "Tallinn", "Osaka", "Quito", "Bergen", "Cork"))
    first = rng.choice(("Jonas", "Amara", "Lena", "Kofi", "Rui", "Sanna", "Ilse", "Marek"))
    last = rng.choice(("Brandt", "Mensah", "Oliveira", "Virtanen", "Kowal", "Duarte"))
    agency = rng.choice(("AFP", "Reuters", "AP", "EPA", "Getty Images", "Bloomberg"))
    return rng.choice(
        (
            f"A man walks past a closed shop in {place} on March {rng.randint(1, 28)}, 2026. "
            f"Photo: {first} {last}/{agency}",
            f"Residents queue for water in {place}. ({agency}/{first} {last})",
            f"File photo: the harbour of {place}. © {agency}",
            f"© {rng.choice((2025, 2026))} {place} Daily News. All rights reserved.",
            f"Read more: {rng.choice(READ_MORE)} {place}",
            "Advertisement",
            "Share this article",
            "Sign up for our daily newsletter",
            f"({agency})",
            f"Photo: {agency}",
        )
    )


def _insert_line(text: str, rng: random.Random, line: str, after_headline: bool) -> Plant | None:
    if after_headline:
        at = _body_start(text)
    else:
        gaps = [m.end() for m in re.finditer(r"(?<=\S)\n\n(?=\S)", text)][1:]
        if not gaps:
            return None
        at = rng.choice(gaps)
    new = line + "\n\n"
    return Plant([_sub(text, at, at, new)], [text], at, at + len(line))


def plant_metadata(name: str, text: str, rng: random.Random, texts: dict[str, str]) -> Plant | None:
    return _insert_line(text, rng, _metadata_line(rng), after_headline=rng.random() < 0.7)


def plant_boilerplate(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    return _insert_line(text, rng, _boilerplate_line(rng), after_headline=False)


def plant_mojibake(name: str, text: str, rng: random.Random, texts: dict[str, str]) -> Plant | None:
    sites = [m for m in re.finditer(r"\S*[^\x00-\x7f]\S*", text)]
    sites = [m for m in sites if not any(c in m.group() for c in "€£")]
    m = _choose(rng, sites)
    if m is None:
        return None
    try:
        bad = m.group().encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return Plant([_sub(text, m.start(), m.end(), bad)], [text], m.start(), m.start() + len(bad))


def plant_repeated_word(
    name: str, text: str, rng: random.Random, texts: dict[str, str]
) -> Plant | None:
    sites = [
        m
        for m in re.finditer(r"(?<= )([a-z]{2,}) (?=[a-z])", text)
        if m.group(1) not in ("had", "that", "is", "do", "very", "far", "so", "no", "bye")
    ]
    m = _choose(rng, sites)
    if m is None:
        return None
    word = m.group(1)
    return Plant(
        [_sub(text, m.start(), m.start(), word + " ")], [text], m.start(), m.start() + len(word) + 1
    )


# family -> (planter, rule prefixes that count as detecting it, compare collapsed whitespace)
FAMILIES: dict[str, tuple[Planter, tuple[str, ...], bool]] = {
    "stray-fragment": (plant_stray, ("word.stray-fragment",), False),
    "glued": (plant_glued, ("word.glued",), False),
    "name-variant": (plant_name, ("consistency.name-variant", "consistency.names"), False),
    "name-variant-batch": (
        plant_name_batch,
        ("consistency.name-variant", "consistency.names"),
        False,
    ),
    "pronoun": (plant_pronoun, ("pronoun.gender",), False),
    "pronoun-unlisted": (plant_pronoun_unlisted, ("pronoun.gender",), False),
    "mid-capital": (plant_mid_capital, ("case.mid-sentence-capital",), False),
    "mid-capital-noun": (
        plant_mid_capital_noun,
        ("case.mid-sentence-capital", "case.capitalised-noun"),
        False,
    ),
    "dup-subject": (plant_dup_subject, ("word.duplicated-subject",), False),
    "blank-lines": (plant_blank_lines, ("space.blank-lines",), False),
    "double-punct": (plant_double_punct, ("punct.double",), False),
    "missing-space": (plant_missing_space, ("punct.missing-space",), False),
    "metadata": (plant_metadata, ("layout.metadata",), True),
    "caption-boilerplate": (plant_boilerplate, ("layout.",), True),
    "mojibake": (plant_mojibake, ("encoding.mojibake",), False),
    "repeated-word": (plant_repeated_word, ("repeat.word", "repeat."), False),
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _overlaps(issue: Issue, start: int, end: int) -> bool:
    if issue.length == 0:
        return start <= issue.offset <= end
    return issue.offset < end and start < issue.end


@dataclass
class Tally:
    planted: int = 0
    detected: int = 0
    suggested: int = 0
    fixed: int = 0
    safe: int = 0
    kinds: Counter[str] = field(default_factory=Counter)


def _first_difference(fixed: str, clean: str) -> str:
    """Where `fix` left the text other than clean: "…got… / …want…"."""
    i = next((k for k, (a, b) in enumerate(zip(fixed, clean, strict=False)) if a != b), None)
    if i is None:
        i = min(len(fixed), len(clean))
    show = lambda t: t[max(0, i - 30) : i + 30].replace("\n", "⏎")  # noqa: E731
    return f"fix gave …{show(fixed)}… want …{show(clean)}…"


def evaluate_family(
    engine: Engine, family: str, texts: dict[str, str], trials: int, seed: int, misses: list[str]
) -> tuple[Tally, Counter[str]]:
    planter, prefixes, loose = FAMILIES[family]
    tally = Tally()
    kinds: Counter[str] = Counter()
    names = sorted(texts)
    attempts = 0
    while tally.planted < trials and attempts < trials * 20:
        rng = random.Random(f"{family}:{seed}:{attempts}")
        attempts += 1
        name = rng.choice(names)
        plant = planter(name, texts[name], rng, texts)
        if plant is None:
            continue
        tally.planted += 1
        tally.kinds[plant.kind] += 1
        members = [BatchMember(f"doc{i}.txt", d) for i, d in enumerate(plant.docs)]
        result = engine.check_batch(members)[0]
        doc, clean = plant.docs[0], plant.clean[0]
        hits = [
            i
            for i in result.issues
            if _overlaps(i, plant.start, plant.end)
            and any(
                i.rule == p or i.rule.startswith(p.rstrip(".") + ".") or i.rule.startswith(p)
                for p in prefixes
            )
        ]
        snippet = doc[max(0, plant.start - 25) : plant.end + 25].replace("\n", "⏎")
        if not hits:
            misses.append(f"{family} MISSED [{plant.kind}] {name}: …{snippet}…")
            continue
        tally.detected += 1
        kinds[plant.kind] += 1
        best = hits[0]
        tally.safe += any(i.safe for i in hits)
        ok = False
        for i in hits:
            if i.replacements:
                got = doc[: i.offset] + i.replacements[0] + doc[i.end :]
                ok = got == clean or (loose and _norm(got) == _norm(clean))
                if ok:
                    break
        tally.suggested += ok
        fixed = fix_text(engine, doc, "doc0.txt", issues=result.issues).text
        good = fixed == clean or (loose and _norm(fixed) == _norm(clean))
        tally.fixed += good
        if not good and ok:
            misses.append(f"{family} NOT FIXED {_first_difference(fixed, clean)} {name}")
        if not ok:
            misses.append(
                f"{family} WRONG FIX {best.rule} {best.replacements[:2]} {name}: …{snippet}…"
            )
    return tally, kinds


def clean_alarms(
    engine: Engine, texts: dict[str, str], show: bool
) -> tuple[int, Counter[str], int]:
    words = sum(len(t.split()) for t in texts.values())
    results = engine.check_batch([BatchMember(n, t) for n, t in texts.items()])
    per_rule: Counter[str] = Counter()
    edits = 0
    for r in results:
        text = texts[r.path]
        for i in r.issues:
            per_rule[i.rule] += 1
            if show:
                ctx = text[max(0, i.offset - 30) : i.end + 30].replace("\n", "⏎")
                print(f"  FALSE ALARM {i.rule:<34} {r.path}: …{ctx}…")
        fixed = fix_text(engine, text, r.path, issues=r.issues)
        edits += len(fixed.changes)
        if show:
            for c in fixed.changes:
                print(f"  FIX EDIT ON CLEAN {c.rule} {r.path}:{c.line} {c.before!r} -> {c.after!r}")
    return words, per_rule, edits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pool", choices=("tune", "report", *FRESH_POOLS), default="report")
    parser.add_argument("--trials", type=int, default=60)
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="default: tune 1000, the others 9000 (fresh: never looked at while tuning)",
    )
    parser.add_argument("--family", action="append")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--languagetool",
        action="store_true",
        help="count the clean text's false alarms with LanguageTool on, as the CLI and window "
        "run by default (needs Java and LanguageTool: copydesk languagetool install); the "
        "families are planted with it off either way (it finds none of them, and is slow)",
    )
    parser.add_argument("--clean-only", action="store_true", help="plant no family")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else (1000 if args.pool == "tune" else 9000)
    texts = pool(args.pool)
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    families = [] if args.clean_only else args.family or list(FAMILIES)
    print(
        f"pool {args.pool}: {len(texts)} clean articles, "
        f"{sum(len(t.split()) for t in texts.values())} words; seed {seed}; "
        f"{args.trials} trials per family\n"
    )
    print(
        f"{'family':<22}{'planted':>8}{'detected':>10}{'suggested':>11}{'fixed by fix':>14}"
        f"{'safe':>6}"
    )
    misses: list[str] = []
    for family in families:
        tally, kinds = evaluate_family(engine, family, texts, args.trials, seed, misses)
        if not tally.planted:
            # 0.0% would read as a measured failure; nothing was measured
            print(f"{family:<22}{0:>8}  no site in this pool: not measured")
            continue
        n = tally.planted
        detail = ", ".join(f"{k}: {v}/{tally.kinds[k]}" for k, v in sorted(kinds.items()) if k)
        print(
            f"{family:<22}{tally.planted:>8}{100 * tally.detected / n:>9.1f}%"
            f"{100 * tally.suggested / n:>10.1f}%{100 * tally.fixed / n:>13.1f}%"
            f"{tally.safe:>6}  {detail}"
        )
    if SKIPPED:
        print(f"\nskipped plants that made a known word: {dict(SKIPPED)}")
    clean_engine = Engine(Settings()) if args.languagetool else engine
    words, per_rule, edits = clean_alarms(clean_engine, texts, args.show_misses)
    total = sum(per_rule.values())
    with_lt = " (LanguageTool on)" if args.languagetool else ""
    if args.languagetool and LANGUAGETOOL.status.state is not ServiceState.READY:
        sys.exit(f"LanguageTool did not run: {LANGUAGETOOL.status.message}")
    print(
        f"\nclean pool{with_lt}: {words} words, {total} issues = {1000 * total / words:.2f} per"
        f" 1,000 words; fix edits on clean text: {edits}"
    )
    for rule, count in per_rule.most_common():
        print(f"  {rule:<40}{count:>4}  {1000 * count / words:.2f} per 1,000 words")
    if args.show_misses:
        print()
        for line in misses:
            print(line)


if __name__ == "__main__":
    main()
