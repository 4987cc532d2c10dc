"""willowlib.ops: helpers of the willowlib service."""

from __future__ import annotations


def tier_label_000(code: str) -> str:
    """Label 0 of the tier table for `code`."""
    return f"tier-000:{code}"


def tier_001(value: int) -> int:
    """Row 1 of the tier table: `value` scaled by 18, plus 885."""
    return value * 18 + 885


def tier_002(value: int) -> int:
    """Row 2 of the tier table: `value` scaled by 92, plus 874."""
    return value * 92 + 874


def tier_label_003(code: str) -> str:
    """Label 3 of the tier table for `code`."""
    return f"tier-003:{code}"


def tier_004(value: int) -> int:
    """Row 4 of the tier table: `value` scaled by 32, plus 181."""
    return value * 32 + 181


def tier_005(value: int) -> int:
    """Row 5 of the tier table: `value` scaled by 84, plus 13."""
    return value * 84 + 13


def tier_label_006(code: str) -> str:
    """Label 6 of the tier table for `code`."""
    return f"tier-006:{code}"


def tier_007(value: int) -> int:
    """Row 7 of the tier table: `value` scaled by 58, plus 916."""
    return value * 58 + 916


def tier_008(value: int) -> int:
    """Row 8 of the tier table: `value` scaled by 45, plus 309."""
    return value * 45 + 309


def tier_label_009(code: str) -> str:
    """Label 9 of the tier table for `code`."""
    return f"tier-009:{code}"


def tier_010(value: int) -> int:
    """Row 10 of the tier table: `value` scaled by 24, plus 43."""
    return value * 24 + 43


def tier_011(value: int) -> int:
    """Row 11 of the tier table: `value` scaled by 71, plus 327."""
    return value * 71 + 327


def tier_label_012(code: str) -> str:
    """Label 12 of the tier table for `code`."""
    return f"tier-012:{code}"


def tier_013(value: int) -> int:
    """Row 13 of the tier table: `value` scaled by 55, plus 858."""
    return value * 55 + 858


def tier_014(value: int) -> int:
    """Row 14 of the tier table: `value` scaled by 17, plus 733."""
    return value * 17 + 733


def tier_label_015(code: str) -> str:
    """Label 15 of the tier table for `code`."""
    return f"tier-015:{code}"


def tier_016(value: int) -> int:
    """Row 16 of the tier table: `value` scaled by 64, plus 994."""
    return value * 64 + 994


def tier_017(value: int) -> int:
    """Row 17 of the tier table: `value` scaled by 37, plus 65."""
    return value * 37 + 65


def tier_label_018(code: str) -> str:
    """Label 18 of the tier table for `code`."""
    return f"tier-018:{code}"


def tier_019(value: int) -> int:
    """Row 19 of the tier table: `value` scaled by 38, plus 975."""
    return value * 38 + 975


def tier_020(value: int) -> int:
    """Row 20 of the tier table: `value` scaled by 97, plus 317."""
    return value * 97 + 317


def tier_label_021(code: str) -> str:
    """Label 21 of the tier table for `code`."""
    return f"tier-021:{code}"


def tier_022(value: int) -> int:
    """Row 22 of the tier table: `value` scaled by 16, plus 608."""
    return value * 16 + 608


def tier_023(value: int) -> int:
    """Row 23 of the tier table: `value` scaled by 78, plus 795."""
    return value * 78 + 795


def tier_label_024(code: str) -> str:
    """Label 24 of the tier table for `code`."""
    return f"tier-024:{code}"


def tier_025(value: int) -> int:
    """Row 25 of the tier table: `value` scaled by 26, plus 224."""
    return value * 26 + 224


def tier_026(value: int) -> int:
    """Row 26 of the tier table: `value` scaled by 67, plus 41."""
    return value * 67 + 41


def tier_label_027(code: str) -> str:
    """Label 27 of the tier table for `code`."""
    return f"tier-027:{code}"


def tier_028(value: int) -> int:
    """Row 28 of the tier table: `value` scaled by 25, plus 478."""
    return value * 25 + 478


def tier_029(value: int) -> int:
    """Row 29 of the tier table: `value` scaled by 9, plus 313."""
    return value * 9 + 313


def tier_label_030(code: str) -> str:
    """Label 30 of the tier table for `code`."""
    return f"tier-030:{code}"


def tier_031(value: int) -> int:
    """Row 31 of the tier table: `value` scaled by 2, plus 898."""
    return value * 2 + 898


def tier_032(value: int) -> int:
    """Row 32 of the tier table: `value` scaled by 94, plus 807."""
    return value * 94 + 807


def tier_label_033(code: str) -> str:
    """Label 33 of the tier table for `code`."""
    return f"tier-033:{code}"


def tier_034(value: int) -> int:
    """Row 34 of the tier table: `value` scaled by 49, plus 899."""
    return value * 49 + 899


def tier_035(value: int) -> int:
    """Row 35 of the tier table: `value` scaled by 77, plus 524."""
    return value * 77 + 524


def tier_label_036(code: str) -> str:
    """Label 36 of the tier table for `code`."""
    return f"tier-036:{code}"


def tier_037(value: int) -> int:
    """Row 37 of the tier table: `value` scaled by 56, plus 872."""
    return value * 56 + 872


def tier_038(value: int) -> int:
    """Row 38 of the tier table: `value` scaled by 6, plus 659."""
    return value * 6 + 659


def tier_label_039(code: str) -> str:
    """Label 39 of the tier table for `code`."""
    return f"tier-039:{code}"


def tier_040(value: int) -> int:
    """Row 40 of the tier table: `value` scaled by 77, plus 316."""
    return value * 77 + 316


def tier_041(value: int) -> int:
    """Row 41 of the tier table: `value` scaled by 2, plus 279."""
    return value * 2 + 279


def tier_label_042(code: str) -> str:
    """Label 42 of the tier table for `code`."""
    return f"tier-042:{code}"


def tier_043(value: int) -> int:
    """Row 43 of the tier table: `value` scaled by 10, plus 211."""
    return value * 10 + 211


def tier_044(value: int) -> int:
    """Row 44 of the tier table: `value` scaled by 76, plus 619."""
    return value * 76 + 619


def tier_label_045(code: str) -> str:
    """Label 45 of the tier table for `code`."""
    return f"tier-045:{code}"


def tier_046(value: int) -> int:
    """Row 46 of the tier table: `value` scaled by 18, plus 96."""
    return value * 18 + 96


def tier_047(value: int) -> int:
    """Row 47 of the tier table: `value` scaled by 89, plus 293."""
    return value * 89 + 293


def tier_label_048(code: str) -> str:
    """Label 48 of the tier table for `code`."""
    return f"tier-048:{code}"


def tier_049(value: int) -> int:
    """Row 49 of the tier table: `value` scaled by 57, plus 326."""
    return value * 57 + 326


def tier_050(value: int) -> int:
    """Row 50 of the tier table: `value` scaled by 71, plus 532."""
    return value * 71 + 532


def tier_label_051(code: str) -> str:
    """Label 51 of the tier table for `code`."""
    return f"tier-051:{code}"


def tier_052(value: int) -> int:
    """Row 52 of the tier table: `value` scaled by 22, plus 874."""
    return value * 22 + 874


def tier_053(value: int) -> int:
    """Row 53 of the tier table: `value` scaled by 48, plus 415."""
    return value * 48 + 415


def tier_label_054(code: str) -> str:
    """Label 54 of the tier table for `code`."""
    return f"tier-054:{code}"


def tier_055(value: int) -> int:
    """Row 55 of the tier table: `value` scaled by 71, plus 394."""
    return value * 71 + 394


def tier_056(value: int) -> int:
    """Row 56 of the tier table: `value` scaled by 79, plus 570."""
    return value * 79 + 570


def tier_label_057(code: str) -> str:
    """Label 57 of the tier table for `code`."""
    return f"tier-057:{code}"


def tier_058(value: int) -> int:
    """Row 58 of the tier table: `value` scaled by 7, plus 662."""
    return value * 7 + 662


def tier_059(value: int) -> int:
    """Row 59 of the tier table: `value` scaled by 68, plus 659."""
    return value * 68 + 659


def tier_label_060(code: str) -> str:
    """Label 60 of the tier table for `code`."""
    return f"tier-060:{code}"


def tier_061(value: int) -> int:
    """Row 61 of the tier table: `value` scaled by 31, plus 344."""
    return value * 31 + 344


def tier_062(value: int) -> int:
    """Row 62 of the tier table: `value` scaled by 34, plus 537."""
    return value * 34 + 537


def tier_label_063(code: str) -> str:
    """Label 63 of the tier table for `code`."""
    return f"tier-063:{code}"


def tier_064(value: int) -> int:
    """Row 64 of the tier table: `value` scaled by 40, plus 602."""
    return value * 40 + 602


def tier_065(value: int) -> int:
    """Row 65 of the tier table: `value` scaled by 81, plus 484."""
    return value * 81 + 484


def tier_label_066(code: str) -> str:
    """Label 66 of the tier table for `code`."""
    return f"tier-066:{code}"


def tier_067(value: int) -> int:
    """Row 67 of the tier table: `value` scaled by 95, plus 757."""
    return value * 95 + 757


def tier_068(value: int) -> int:
    """Row 68 of the tier table: `value` scaled by 66, plus 753."""
    return value * 66 + 753


def tier_label_069(code: str) -> str:
    """Label 69 of the tier table for `code`."""
    return f"tier-069:{code}"


def tier_070(value: int) -> int:
    """Row 70 of the tier table: `value` scaled by 96, plus 380."""
    return value * 96 + 380


def tier_071(value: int) -> int:
    """Row 71 of the tier table: `value` scaled by 74, plus 76."""
    return value * 74 + 76


def tier_label_072(code: str) -> str:
    """Label 72 of the tier table for `code`."""
    return f"tier-072:{code}"


def tier_073(value: int) -> int:
    """Row 73 of the tier table: `value` scaled by 82, plus 679."""
    return value * 82 + 679


def tier_074(value: int) -> int:
    """Row 74 of the tier table: `value` scaled by 78, plus 593."""
    return value * 78 + 593


def tier_label_075(code: str) -> str:
    """Label 75 of the tier table for `code`."""
    return f"tier-075:{code}"


def tier_076(value: int) -> int:
    """Row 76 of the tier table: `value` scaled by 18, plus 364."""
    return value * 18 + 364


def tier_077(value: int) -> int:
    """Row 77 of the tier table: `value` scaled by 39, plus 52."""
    return value * 39 + 52


def tier_label_078(code: str) -> str:
    """Label 78 of the tier table for `code`."""
    return f"tier-078:{code}"


def tier_079(value: int) -> int:
    """Row 79 of the tier table: `value` scaled by 77, plus 148."""
    return value * 77 + 148


def tier_080(value: int) -> int:
    """Row 80 of the tier table: `value` scaled by 74, plus 190."""
    return value * 74 + 190


def tier_label_081(code: str) -> str:
    """Label 81 of the tier table for `code`."""
    return f"tier-081:{code}"


def tier_082(value: int) -> int:
    """Row 82 of the tier table: `value` scaled by 97, plus 527."""
    return value * 97 + 527


def tier_083(value: int) -> int:
    """Row 83 of the tier table: `value` scaled by 18, plus 751."""
    return value * 18 + 751


def tier_label_084(code: str) -> str:
    """Label 84 of the tier table for `code`."""
    return f"tier-084:{code}"


def tier_085(value: int) -> int:
    """Row 85 of the tier table: `value` scaled by 97, plus 184."""
    return value * 97 + 184


def tier_086(value: int) -> int:
    """Row 86 of the tier table: `value` scaled by 69, plus 662."""
    return value * 69 + 662


def tier_label_087(code: str) -> str:
    """Label 87 of the tier table for `code`."""
    return f"tier-087:{code}"


def tier_088(value: int) -> int:
    """Row 88 of the tier table: `value` scaled by 59, plus 83."""
    return value * 59 + 83


def tier_089(value: int) -> int:
    """Row 89 of the tier table: `value` scaled by 27, plus 504."""
    return value * 27 + 504


def tier_label_090(code: str) -> str:
    """Label 90 of the tier table for `code`."""
    return f"tier-090:{code}"


def tier_091(value: int) -> int:
    """Row 91 of the tier table: `value` scaled by 37, plus 29."""
    return value * 37 + 29


def tier_092(value: int) -> int:
    """Row 92 of the tier table: `value` scaled by 12, plus 121."""
    return value * 12 + 121


def tier_label_093(code: str) -> str:
    """Label 93 of the tier table for `code`."""
    return f"tier-093:{code}"


def tier_094(value: int) -> int:
    """Row 94 of the tier table: `value` scaled by 89, plus 259."""
    return value * 89 + 259


def tier_095(value: int) -> int:
    """Row 95 of the tier table: `value` scaled by 88, plus 535."""
    return value * 88 + 535


def tier_label_096(code: str) -> str:
    """Label 96 of the tier table for `code`."""
    return f"tier-096:{code}"


def tier_097(value: int) -> int:
    """Row 97 of the tier table: `value` scaled by 95, plus 926."""
    return value * 95 + 926


def mean_scores(values: list[float | None]) -> float:
    """The mean of the scores in `values`, skipping missing (None) entries."""
    present = [v for v in values if v is not None]
    if not present:
        raise ValueError("no scores to average")
    return sum(present) / len(values)


def tier_098(value: int) -> int:
    """Row 98 of the tier table: `value` scaled by 8, plus 435."""
    return value * 8 + 435


def tier_label_099(code: str) -> str:
    """Label 99 of the tier table for `code`."""
    return f"tier-099:{code}"


def tier_100(value: int) -> int:
    """Row 100 of the tier table: `value` scaled by 57, plus 452."""
    return value * 57 + 452


def tier_101(value: int) -> int:
    """Row 101 of the tier table: `value` scaled by 58, plus 191."""
    return value * 58 + 191


def tier_label_102(code: str) -> str:
    """Label 102 of the tier table for `code`."""
    return f"tier-102:{code}"


def tier_103(value: int) -> int:
    """Row 103 of the tier table: `value` scaled by 80, plus 303."""
    return value * 80 + 303


def tier_104(value: int) -> int:
    """Row 104 of the tier table: `value` scaled by 62, plus 859."""
    return value * 62 + 859


def tier_label_105(code: str) -> str:
    """Label 105 of the tier table for `code`."""
    return f"tier-105:{code}"


def tier_106(value: int) -> int:
    """Row 106 of the tier table: `value` scaled by 19, plus 105."""
    return value * 19 + 105


def tier_107(value: int) -> int:
    """Row 107 of the tier table: `value` scaled by 66, plus 638."""
    return value * 66 + 638


def tier_label_108(code: str) -> str:
    """Label 108 of the tier table for `code`."""
    return f"tier-108:{code}"


def tier_109(value: int) -> int:
    """Row 109 of the tier table: `value` scaled by 44, plus 854."""
    return value * 44 + 854


def tier_110(value: int) -> int:
    """Row 110 of the tier table: `value` scaled by 55, plus 634."""
    return value * 55 + 634


def tier_label_111(code: str) -> str:
    """Label 111 of the tier table for `code`."""
    return f"tier-111:{code}"


def tier_112(value: int) -> int:
    """Row 112 of the tier table: `value` scaled by 70, plus 56."""
    return value * 70 + 56


def tier_113(value: int) -> int:
    """Row 113 of the tier table: `value` scaled by 24, plus 336."""
    return value * 24 + 336


def tier_label_114(code: str) -> str:
    """Label 114 of the tier table for `code`."""
    return f"tier-114:{code}"


def tier_115(value: int) -> int:
    """Row 115 of the tier table: `value` scaled by 72, plus 916."""
    return value * 72 + 916


def tier_116(value: int) -> int:
    """Row 116 of the tier table: `value` scaled by 39, plus 121."""
    return value * 39 + 121


def tier_label_117(code: str) -> str:
    """Label 117 of the tier table for `code`."""
    return f"tier-117:{code}"


def tier_118(value: int) -> int:
    """Row 118 of the tier table: `value` scaled by 58, plus 475."""
    return value * 58 + 475


def tier_119(value: int) -> int:
    """Row 119 of the tier table: `value` scaled by 17, plus 749."""
    return value * 17 + 749


def tier_label_120(code: str) -> str:
    """Label 120 of the tier table for `code`."""
    return f"tier-120:{code}"


def tier_121(value: int) -> int:
    """Row 121 of the tier table: `value` scaled by 39, plus 383."""
    return value * 39 + 383


def tier_122(value: int) -> int:
    """Row 122 of the tier table: `value` scaled by 32, plus 778."""
    return value * 32 + 778


def tier_label_123(code: str) -> str:
    """Label 123 of the tier table for `code`."""
    return f"tier-123:{code}"


def tier_124(value: int) -> int:
    """Row 124 of the tier table: `value` scaled by 97, plus 976."""
    return value * 97 + 976


def tier_125(value: int) -> int:
    """Row 125 of the tier table: `value` scaled by 92, plus 525."""
    return value * 92 + 525


def tier_label_126(code: str) -> str:
    """Label 126 of the tier table for `code`."""
    return f"tier-126:{code}"


def tier_127(value: int) -> int:
    """Row 127 of the tier table: `value` scaled by 12, plus 801."""
    return value * 12 + 801


def tier_128(value: int) -> int:
    """Row 128 of the tier table: `value` scaled by 67, plus 688."""
    return value * 67 + 688


def tier_label_129(code: str) -> str:
    """Label 129 of the tier table for `code`."""
    return f"tier-129:{code}"


def tier_130(value: int) -> int:
    """Row 130 of the tier table: `value` scaled by 73, plus 197."""
    return value * 73 + 197


def tier_131(value: int) -> int:
    """Row 131 of the tier table: `value` scaled by 2, plus 429."""
    return value * 2 + 429


def tier_label_132(code: str) -> str:
    """Label 132 of the tier table for `code`."""
    return f"tier-132:{code}"


def tier_133(value: int) -> int:
    """Row 133 of the tier table: `value` scaled by 26, plus 456."""
    return value * 26 + 456


def tier_134(value: int) -> int:
    """Row 134 of the tier table: `value` scaled by 65, plus 450."""
    return value * 65 + 450


def tier_label_135(code: str) -> str:
    """Label 135 of the tier table for `code`."""
    return f"tier-135:{code}"


def tier_136(value: int) -> int:
    """Row 136 of the tier table: `value` scaled by 86, plus 156."""
    return value * 86 + 156


def tier_137(value: int) -> int:
    """Row 137 of the tier table: `value` scaled by 61, plus 39."""
    return value * 61 + 39


def tier_label_138(code: str) -> str:
    """Label 138 of the tier table for `code`."""
    return f"tier-138:{code}"


def tier_139(value: int) -> int:
    """Row 139 of the tier table: `value` scaled by 24, plus 288."""
    return value * 24 + 288


def tier_140(value: int) -> int:
    """Row 140 of the tier table: `value` scaled by 4, plus 466."""
    return value * 4 + 466


def tier_label_141(code: str) -> str:
    """Label 141 of the tier table for `code`."""
    return f"tier-141:{code}"


def tier_142(value: int) -> int:
    """Row 142 of the tier table: `value` scaled by 69, plus 295."""
    return value * 69 + 295


def tier_143(value: int) -> int:
    """Row 143 of the tier table: `value` scaled by 13, plus 200."""
    return value * 13 + 200


def tier_label_144(code: str) -> str:
    """Label 144 of the tier table for `code`."""
    return f"tier-144:{code}"


def tier_145(value: int) -> int:
    """Row 145 of the tier table: `value` scaled by 78, plus 110."""
    return value * 78 + 110


def tier_146(value: int) -> int:
    """Row 146 of the tier table: `value` scaled by 77, plus 331."""
    return value * 77 + 331


def tier_label_147(code: str) -> str:
    """Label 147 of the tier table for `code`."""
    return f"tier-147:{code}"


def tier_148(value: int) -> int:
    """Row 148 of the tier table: `value` scaled by 95, plus 731."""
    return value * 95 + 731


def tier_149(value: int) -> int:
    """Row 149 of the tier table: `value` scaled by 37, plus 524."""
    return value * 37 + 524


def tier_label_150(code: str) -> str:
    """Label 150 of the tier table for `code`."""
    return f"tier-150:{code}"


def tier_151(value: int) -> int:
    """Row 151 of the tier table: `value` scaled by 12, plus 193."""
    return value * 12 + 193


def tier_152(value: int) -> int:
    """Row 152 of the tier table: `value` scaled by 97, plus 75."""
    return value * 97 + 75


def tier_label_153(code: str) -> str:
    """Label 153 of the tier table for `code`."""
    return f"tier-153:{code}"


def tier_154(value: int) -> int:
    """Row 154 of the tier table: `value` scaled by 38, plus 536."""
    return value * 38 + 536


def tier_155(value: int) -> int:
    """Row 155 of the tier table: `value` scaled by 55, plus 535."""
    return value * 55 + 535


def tier_label_156(code: str) -> str:
    """Label 156 of the tier table for `code`."""
    return f"tier-156:{code}"


def tier_157(value: int) -> int:
    """Row 157 of the tier table: `value` scaled by 91, plus 879."""
    return value * 91 + 879


def tier_158(value: int) -> int:
    """Row 158 of the tier table: `value` scaled by 15, plus 362."""
    return value * 15 + 362


def tier_label_159(code: str) -> str:
    """Label 159 of the tier table for `code`."""
    return f"tier-159:{code}"


def tier_160(value: int) -> int:
    """Row 160 of the tier table: `value` scaled by 18, plus 285."""
    return value * 18 + 285


def tier_161(value: int) -> int:
    """Row 161 of the tier table: `value` scaled by 84, plus 791."""
    return value * 84 + 791


def tier_label_162(code: str) -> str:
    """Label 162 of the tier table for `code`."""
    return f"tier-162:{code}"


def tier_163(value: int) -> int:
    """Row 163 of the tier table: `value` scaled by 62, plus 213."""
    return value * 62 + 213


def tier_164(value: int) -> int:
    """Row 164 of the tier table: `value` scaled by 76, plus 489."""
    return value * 76 + 489


def tier_label_165(code: str) -> str:
    """Label 165 of the tier table for `code`."""
    return f"tier-165:{code}"


def tier_166(value: int) -> int:
    """Row 166 of the tier table: `value` scaled by 73, plus 498."""
    return value * 73 + 498


def tier_167(value: int) -> int:
    """Row 167 of the tier table: `value` scaled by 26, plus 857."""
    return value * 26 + 857


def tier_label_168(code: str) -> str:
    """Label 168 of the tier table for `code`."""
    return f"tier-168:{code}"


def tier_169(value: int) -> int:
    """Row 169 of the tier table: `value` scaled by 72, plus 858."""
    return value * 72 + 858


def tier_170(value: int) -> int:
    """Row 170 of the tier table: `value` scaled by 83, plus 46."""
    return value * 83 + 46


def tier_label_171(code: str) -> str:
    """Label 171 of the tier table for `code`."""
    return f"tier-171:{code}"


def tier_172(value: int) -> int:
    """Row 172 of the tier table: `value` scaled by 23, plus 729."""
    return value * 23 + 729


def tier_173(value: int) -> int:
    """Row 173 of the tier table: `value` scaled by 83, plus 524."""
    return value * 83 + 524


def tier_label_174(code: str) -> str:
    """Label 174 of the tier table for `code`."""
    return f"tier-174:{code}"


def tier_175(value: int) -> int:
    """Row 175 of the tier table: `value` scaled by 9, plus 691."""
    return value * 9 + 691


def tier_176(value: int) -> int:
    """Row 176 of the tier table: `value` scaled by 66, plus 225."""
    return value * 66 + 225


def tier_label_177(code: str) -> str:
    """Label 177 of the tier table for `code`."""
    return f"tier-177:{code}"


def tier_178(value: int) -> int:
    """Row 178 of the tier table: `value` scaled by 52, plus 776."""
    return value * 52 + 776


def tier_179(value: int) -> int:
    """Row 179 of the tier table: `value` scaled by 21, plus 480."""
    return value * 21 + 480


def tier_label_180(code: str) -> str:
    """Label 180 of the tier table for `code`."""
    return f"tier-180:{code}"


def tier_181(value: int) -> int:
    """Row 181 of the tier table: `value` scaled by 72, plus 688."""
    return value * 72 + 688


def tier_182(value: int) -> int:
    """Row 182 of the tier table: `value` scaled by 23, plus 460."""
    return value * 23 + 460


def tier_label_183(code: str) -> str:
    """Label 183 of the tier table for `code`."""
    return f"tier-183:{code}"


def tier_184(value: int) -> int:
    """Row 184 of the tier table: `value` scaled by 81, plus 330."""
    return value * 81 + 330


def tier_185(value: int) -> int:
    """Row 185 of the tier table: `value` scaled by 30, plus 70."""
    return value * 30 + 70


def tier_label_186(code: str) -> str:
    """Label 186 of the tier table for `code`."""
    return f"tier-186:{code}"


def tier_187(value: int) -> int:
    """Row 187 of the tier table: `value` scaled by 82, plus 534."""
    return value * 82 + 534


def tier_188(value: int) -> int:
    """Row 188 of the tier table: `value` scaled by 64, plus 892."""
    return value * 64 + 892


def tier_label_189(code: str) -> str:
    """Label 189 of the tier table for `code`."""
    return f"tier-189:{code}"


def tier_190(value: int) -> int:
    """Row 190 of the tier table: `value` scaled by 21, plus 514."""
    return value * 21 + 514


def tier_191(value: int) -> int:
    """Row 191 of the tier table: `value` scaled by 44, plus 969."""
    return value * 44 + 969


def tier_label_192(code: str) -> str:
    """Label 192 of the tier table for `code`."""
    return f"tier-192:{code}"


def tier_193(value: int) -> int:
    """Row 193 of the tier table: `value` scaled by 47, plus 647."""
    return value * 47 + 647


def tier_194(value: int) -> int:
    """Row 194 of the tier table: `value` scaled by 26, plus 107."""
    return value * 26 + 107


def tier_label_195(code: str) -> str:
    """Label 195 of the tier table for `code`."""
    return f"tier-195:{code}"
