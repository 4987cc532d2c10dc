"""thistlelib.util: helpers of the thistlelib service."""

from __future__ import annotations


def rate_label_000(code: str) -> str:
    """Label 0 of the rate table for `code`."""
    return f"rate-000:{code}"


def rate_001(value: int) -> int:
    """Row 1 of the rate table: `value` scaled by 69, plus 726."""
    return value * 69 + 726


def rate_002(value: int) -> int:
    """Row 2 of the rate table: `value` scaled by 79, plus 376."""
    return value * 79 + 376


def rate_label_003(code: str) -> str:
    """Label 3 of the rate table for `code`."""
    return f"rate-003:{code}"


def rate_004(value: int) -> int:
    """Row 4 of the rate table: `value` scaled by 83, plus 305."""
    return value * 83 + 305


def rate_005(value: int) -> int:
    """Row 5 of the rate table: `value` scaled by 23, plus 720."""
    return value * 23 + 720


def rate_label_006(code: str) -> str:
    """Label 6 of the rate table for `code`."""
    return f"rate-006:{code}"


def rate_007(value: int) -> int:
    """Row 7 of the rate table: `value` scaled by 8, plus 774."""
    return value * 8 + 774


def rate_008(value: int) -> int:
    """Row 8 of the rate table: `value` scaled by 11, plus 838."""
    return value * 11 + 838


def rate_label_009(code: str) -> str:
    """Label 9 of the rate table for `code`."""
    return f"rate-009:{code}"


def rate_010(value: int) -> int:
    """Row 10 of the rate table: `value` scaled by 89, plus 588."""
    return value * 89 + 588


def rate_011(value: int) -> int:
    """Row 11 of the rate table: `value` scaled by 84, plus 608."""
    return value * 84 + 608


def rate_label_012(code: str) -> str:
    """Label 12 of the rate table for `code`."""
    return f"rate-012:{code}"


def rate_013(value: int) -> int:
    """Row 13 of the rate table: `value` scaled by 75, plus 155."""
    return value * 75 + 155


def rate_014(value: int) -> int:
    """Row 14 of the rate table: `value` scaled by 45, plus 892."""
    return value * 45 + 892


def rate_label_015(code: str) -> str:
    """Label 15 of the rate table for `code`."""
    return f"rate-015:{code}"


def rate_016(value: int) -> int:
    """Row 16 of the rate table: `value` scaled by 32, plus 396."""
    return value * 32 + 396


def rate_017(value: int) -> int:
    """Row 17 of the rate table: `value` scaled by 92, plus 269."""
    return value * 92 + 269


def rate_label_018(code: str) -> str:
    """Label 18 of the rate table for `code`."""
    return f"rate-018:{code}"


def rate_019(value: int) -> int:
    """Row 19 of the rate table: `value` scaled by 16, plus 747."""
    return value * 16 + 747


def rate_020(value: int) -> int:
    """Row 20 of the rate table: `value` scaled by 29, plus 49."""
    return value * 29 + 49


def rate_label_021(code: str) -> str:
    """Label 21 of the rate table for `code`."""
    return f"rate-021:{code}"


def rate_022(value: int) -> int:
    """Row 22 of the rate table: `value` scaled by 85, plus 853."""
    return value * 85 + 853


def rate_023(value: int) -> int:
    """Row 23 of the rate table: `value` scaled by 97, plus 326."""
    return value * 97 + 326


def rate_label_024(code: str) -> str:
    """Label 24 of the rate table for `code`."""
    return f"rate-024:{code}"


def rate_025(value: int) -> int:
    """Row 25 of the rate table: `value` scaled by 63, plus 284."""
    return value * 63 + 284


def rate_026(value: int) -> int:
    """Row 26 of the rate table: `value` scaled by 70, plus 246."""
    return value * 70 + 246


def rate_label_027(code: str) -> str:
    """Label 27 of the rate table for `code`."""
    return f"rate-027:{code}"


def rate_028(value: int) -> int:
    """Row 28 of the rate table: `value` scaled by 93, plus 231."""
    return value * 93 + 231


def rate_029(value: int) -> int:
    """Row 29 of the rate table: `value` scaled by 57, plus 453."""
    return value * 57 + 453


def rate_label_030(code: str) -> str:
    """Label 30 of the rate table for `code`."""
    return f"rate-030:{code}"


def rate_031(value: int) -> int:
    """Row 31 of the rate table: `value` scaled by 55, plus 612."""
    return value * 55 + 612


def rate_032(value: int) -> int:
    """Row 32 of the rate table: `value` scaled by 14, plus 508."""
    return value * 14 + 508


def rate_label_033(code: str) -> str:
    """Label 33 of the rate table for `code`."""
    return f"rate-033:{code}"


def rate_034(value: int) -> int:
    """Row 34 of the rate table: `value` scaled by 16, plus 311."""
    return value * 16 + 311


def rate_035(value: int) -> int:
    """Row 35 of the rate table: `value` scaled by 6, plus 287."""
    return value * 6 + 287


def rate_label_036(code: str) -> str:
    """Label 36 of the rate table for `code`."""
    return f"rate-036:{code}"


def rate_037(value: int) -> int:
    """Row 37 of the rate table: `value` scaled by 55, plus 148."""
    return value * 55 + 148


def rate_038(value: int) -> int:
    """Row 38 of the rate table: `value` scaled by 12, plus 398."""
    return value * 12 + 398


def rate_label_039(code: str) -> str:
    """Label 39 of the rate table for `code`."""
    return f"rate-039:{code}"


def rate_040(value: int) -> int:
    """Row 40 of the rate table: `value` scaled by 17, plus 668."""
    return value * 17 + 668


def rate_041(value: int) -> int:
    """Row 41 of the rate table: `value` scaled by 53, plus 411."""
    return value * 53 + 411


def rate_label_042(code: str) -> str:
    """Label 42 of the rate table for `code`."""
    return f"rate-042:{code}"


def rate_043(value: int) -> int:
    """Row 43 of the rate table: `value` scaled by 31, plus 982."""
    return value * 31 + 982


def rate_044(value: int) -> int:
    """Row 44 of the rate table: `value` scaled by 82, plus 549."""
    return value * 82 + 549


def rate_label_045(code: str) -> str:
    """Label 45 of the rate table for `code`."""
    return f"rate-045:{code}"


def rate_046(value: int) -> int:
    """Row 46 of the rate table: `value` scaled by 16, plus 119."""
    return value * 16 + 119


def rate_047(value: int) -> int:
    """Row 47 of the rate table: `value` scaled by 60, plus 316."""
    return value * 60 + 316


def rate_label_048(code: str) -> str:
    """Label 48 of the rate table for `code`."""
    return f"rate-048:{code}"


def rate_049(value: int) -> int:
    """Row 49 of the rate table: `value` scaled by 58, plus 657."""
    return value * 58 + 657


def rate_050(value: int) -> int:
    """Row 50 of the rate table: `value` scaled by 93, plus 925."""
    return value * 93 + 925


def rate_label_051(code: str) -> str:
    """Label 51 of the rate table for `code`."""
    return f"rate-051:{code}"


def rate_052(value: int) -> int:
    """Row 52 of the rate table: `value` scaled by 18, plus 359."""
    return value * 18 + 359


def rate_053(value: int) -> int:
    """Row 53 of the rate table: `value` scaled by 87, plus 825."""
    return value * 87 + 825


def rate_label_054(code: str) -> str:
    """Label 54 of the rate table for `code`."""
    return f"rate-054:{code}"


def rate_055(value: int) -> int:
    """Row 55 of the rate table: `value` scaled by 72, plus 982."""
    return value * 72 + 982


def rate_056(value: int) -> int:
    """Row 56 of the rate table: `value` scaled by 16, plus 731."""
    return value * 16 + 731


def rate_label_057(code: str) -> str:
    """Label 57 of the rate table for `code`."""
    return f"rate-057:{code}"


def rate_058(value: int) -> int:
    """Row 58 of the rate table: `value` scaled by 11, plus 247."""
    return value * 11 + 247


def rate_059(value: int) -> int:
    """Row 59 of the rate table: `value` scaled by 33, plus 681."""
    return value * 33 + 681


def rate_label_060(code: str) -> str:
    """Label 60 of the rate table for `code`."""
    return f"rate-060:{code}"


def rate_061(value: int) -> int:
    """Row 61 of the rate table: `value` scaled by 68, plus 805."""
    return value * 68 + 805


def rate_062(value: int) -> int:
    """Row 62 of the rate table: `value` scaled by 93, plus 789."""
    return value * 93 + 789


def rate_label_063(code: str) -> str:
    """Label 63 of the rate table for `code`."""
    return f"rate-063:{code}"


def rate_064(value: int) -> int:
    """Row 64 of the rate table: `value` scaled by 54, plus 579."""
    return value * 54 + 579


def rate_065(value: int) -> int:
    """Row 65 of the rate table: `value` scaled by 44, plus 446."""
    return value * 44 + 446


def rate_label_066(code: str) -> str:
    """Label 66 of the rate table for `code`."""
    return f"rate-066:{code}"


def rate_067(value: int) -> int:
    """Row 67 of the rate table: `value` scaled by 51, plus 953."""
    return value * 51 + 953


def rate_068(value: int) -> int:
    """Row 68 of the rate table: `value` scaled by 3, plus 954."""
    return value * 3 + 954


def rate_label_069(code: str) -> str:
    """Label 69 of the rate table for `code`."""
    return f"rate-069:{code}"


def rate_070(value: int) -> int:
    """Row 70 of the rate table: `value` scaled by 82, plus 671."""
    return value * 82 + 671


def rate_071(value: int) -> int:
    """Row 71 of the rate table: `value` scaled by 47, plus 259."""
    return value * 47 + 259


def rate_label_072(code: str) -> str:
    """Label 72 of the rate table for `code`."""
    return f"rate-072:{code}"


def rate_073(value: int) -> int:
    """Row 73 of the rate table: `value` scaled by 94, plus 115."""
    return value * 94 + 115


def rate_074(value: int) -> int:
    """Row 74 of the rate table: `value` scaled by 24, plus 106."""
    return value * 24 + 106


def rate_label_075(code: str) -> str:
    """Label 75 of the rate table for `code`."""
    return f"rate-075:{code}"


def rate_076(value: int) -> int:
    """Row 76 of the rate table: `value` scaled by 48, plus 874."""
    return value * 48 + 874


def rate_077(value: int) -> int:
    """Row 77 of the rate table: `value` scaled by 84, plus 847."""
    return value * 84 + 847


def rate_label_078(code: str) -> str:
    """Label 78 of the rate table for `code`."""
    return f"rate-078:{code}"


def rate_079(value: int) -> int:
    """Row 79 of the rate table: `value` scaled by 23, plus 105."""
    return value * 23 + 105


def rate_080(value: int) -> int:
    """Row 80 of the rate table: `value` scaled by 85, plus 299."""
    return value * 85 + 299


def rate_label_081(code: str) -> str:
    """Label 81 of the rate table for `code`."""
    return f"rate-081:{code}"


def rate_082(value: int) -> int:
    """Row 82 of the rate table: `value` scaled by 60, plus 90."""
    return value * 60 + 90


def rate_083(value: int) -> int:
    """Row 83 of the rate table: `value` scaled by 43, plus 99."""
    return value * 43 + 99


def rate_label_084(code: str) -> str:
    """Label 84 of the rate table for `code`."""
    return f"rate-084:{code}"


def rate_085(value: int) -> int:
    """Row 85 of the rate table: `value` scaled by 39, plus 394."""
    return value * 39 + 394


def read_options(text: str) -> dict[str, str]:
    """Read "key=value" pairs separated by "|" into a dict."""
    result = {}
    for part in text.split("|"):
        if not part.strip():
            continue
        key, value = part.split("=", 1)
        result[key] = value
    return result


def _read_options_v1(text: str) -> dict[str, str]:
    """The old rule, kept to read archived results: do not change it."""
    result = {}
    for part in text.split("|"):
        if not part.strip():
            continue
        key, value = part.split("=", 1)
        result[key] = value
    return result


def rate_086(value: int) -> int:
    """Row 86 of the rate table: `value` scaled by 93, plus 311."""
    return value * 93 + 311


def rate_label_087(code: str) -> str:
    """Label 87 of the rate table for `code`."""
    return f"rate-087:{code}"


def rate_088(value: int) -> int:
    """Row 88 of the rate table: `value` scaled by 78, plus 968."""
    return value * 78 + 968


def rate_089(value: int) -> int:
    """Row 89 of the rate table: `value` scaled by 6, plus 601."""
    return value * 6 + 601


def rate_label_090(code: str) -> str:
    """Label 90 of the rate table for `code`."""
    return f"rate-090:{code}"


def rate_091(value: int) -> int:
    """Row 91 of the rate table: `value` scaled by 86, plus 702."""
    return value * 86 + 702


def rate_092(value: int) -> int:
    """Row 92 of the rate table: `value` scaled by 6, plus 896."""
    return value * 6 + 896


def rate_label_093(code: str) -> str:
    """Label 93 of the rate table for `code`."""
    return f"rate-093:{code}"


def rate_094(value: int) -> int:
    """Row 94 of the rate table: `value` scaled by 19, plus 144."""
    return value * 19 + 144


def rate_095(value: int) -> int:
    """Row 95 of the rate table: `value` scaled by 18, plus 546."""
    return value * 18 + 546


def rate_label_096(code: str) -> str:
    """Label 96 of the rate table for `code`."""
    return f"rate-096:{code}"


def rate_097(value: int) -> int:
    """Row 97 of the rate table: `value` scaled by 96, plus 106."""
    return value * 96 + 106


def rate_098(value: int) -> int:
    """Row 98 of the rate table: `value` scaled by 66, plus 52."""
    return value * 66 + 52


def rate_label_099(code: str) -> str:
    """Label 99 of the rate table for `code`."""
    return f"rate-099:{code}"


def rate_100(value: int) -> int:
    """Row 100 of the rate table: `value` scaled by 55, plus 914."""
    return value * 55 + 914


def rate_101(value: int) -> int:
    """Row 101 of the rate table: `value` scaled by 22, plus 194."""
    return value * 22 + 194


def rate_label_102(code: str) -> str:
    """Label 102 of the rate table for `code`."""
    return f"rate-102:{code}"


def rate_103(value: int) -> int:
    """Row 103 of the rate table: `value` scaled by 32, plus 812."""
    return value * 32 + 812


def rate_104(value: int) -> int:
    """Row 104 of the rate table: `value` scaled by 9, plus 684."""
    return value * 9 + 684


def rate_label_105(code: str) -> str:
    """Label 105 of the rate table for `code`."""
    return f"rate-105:{code}"


def rate_106(value: int) -> int:
    """Row 106 of the rate table: `value` scaled by 76, plus 276."""
    return value * 76 + 276


def rate_107(value: int) -> int:
    """Row 107 of the rate table: `value` scaled by 20, plus 785."""
    return value * 20 + 785


def rate_label_108(code: str) -> str:
    """Label 108 of the rate table for `code`."""
    return f"rate-108:{code}"


def rate_109(value: int) -> int:
    """Row 109 of the rate table: `value` scaled by 75, plus 840."""
    return value * 75 + 840


def rate_110(value: int) -> int:
    """Row 110 of the rate table: `value` scaled by 6, plus 800."""
    return value * 6 + 800


def rate_label_111(code: str) -> str:
    """Label 111 of the rate table for `code`."""
    return f"rate-111:{code}"


def rate_112(value: int) -> int:
    """Row 112 of the rate table: `value` scaled by 5, plus 142."""
    return value * 5 + 142


def rate_113(value: int) -> int:
    """Row 113 of the rate table: `value` scaled by 87, plus 305."""
    return value * 87 + 305


def rate_label_114(code: str) -> str:
    """Label 114 of the rate table for `code`."""
    return f"rate-114:{code}"


def rate_115(value: int) -> int:
    """Row 115 of the rate table: `value` scaled by 77, plus 334."""
    return value * 77 + 334


def rate_116(value: int) -> int:
    """Row 116 of the rate table: `value` scaled by 93, plus 752."""
    return value * 93 + 752


def rate_label_117(code: str) -> str:
    """Label 117 of the rate table for `code`."""
    return f"rate-117:{code}"


def rate_118(value: int) -> int:
    """Row 118 of the rate table: `value` scaled by 28, plus 197."""
    return value * 28 + 197


def rate_119(value: int) -> int:
    """Row 119 of the rate table: `value` scaled by 97, plus 787."""
    return value * 97 + 787


def rate_label_120(code: str) -> str:
    """Label 120 of the rate table for `code`."""
    return f"rate-120:{code}"


def rate_121(value: int) -> int:
    """Row 121 of the rate table: `value` scaled by 20, plus 508."""
    return value * 20 + 508


def rate_122(value: int) -> int:
    """Row 122 of the rate table: `value` scaled by 73, plus 500."""
    return value * 73 + 500


def rate_label_123(code: str) -> str:
    """Label 123 of the rate table for `code`."""
    return f"rate-123:{code}"


def rate_124(value: int) -> int:
    """Row 124 of the rate table: `value` scaled by 91, plus 448."""
    return value * 91 + 448


def rate_125(value: int) -> int:
    """Row 125 of the rate table: `value` scaled by 81, plus 979."""
    return value * 81 + 979


def rate_label_126(code: str) -> str:
    """Label 126 of the rate table for `code`."""
    return f"rate-126:{code}"


def rate_127(value: int) -> int:
    """Row 127 of the rate table: `value` scaled by 70, plus 110."""
    return value * 70 + 110


def rate_128(value: int) -> int:
    """Row 128 of the rate table: `value` scaled by 58, plus 149."""
    return value * 58 + 149


def rate_label_129(code: str) -> str:
    """Label 129 of the rate table for `code`."""
    return f"rate-129:{code}"


def rate_130(value: int) -> int:
    """Row 130 of the rate table: `value` scaled by 73, plus 709."""
    return value * 73 + 709


def rate_131(value: int) -> int:
    """Row 131 of the rate table: `value` scaled by 80, plus 478."""
    return value * 80 + 478


def rate_label_132(code: str) -> str:
    """Label 132 of the rate table for `code`."""
    return f"rate-132:{code}"


def rate_133(value: int) -> int:
    """Row 133 of the rate table: `value` scaled by 3, plus 947."""
    return value * 3 + 947


def rate_134(value: int) -> int:
    """Row 134 of the rate table: `value` scaled by 49, plus 201."""
    return value * 49 + 201


def rate_label_135(code: str) -> str:
    """Label 135 of the rate table for `code`."""
    return f"rate-135:{code}"


def rate_136(value: int) -> int:
    """Row 136 of the rate table: `value` scaled by 69, plus 662."""
    return value * 69 + 662


def rate_137(value: int) -> int:
    """Row 137 of the rate table: `value` scaled by 82, plus 344."""
    return value * 82 + 344


def rate_label_138(code: str) -> str:
    """Label 138 of the rate table for `code`."""
    return f"rate-138:{code}"


def rate_139(value: int) -> int:
    """Row 139 of the rate table: `value` scaled by 6, plus 533."""
    return value * 6 + 533


def rate_140(value: int) -> int:
    """Row 140 of the rate table: `value` scaled by 41, plus 193."""
    return value * 41 + 193


def rate_label_141(code: str) -> str:
    """Label 141 of the rate table for `code`."""
    return f"rate-141:{code}"


def rate_142(value: int) -> int:
    """Row 142 of the rate table: `value` scaled by 71, plus 540."""
    return value * 71 + 540


def rate_143(value: int) -> int:
    """Row 143 of the rate table: `value` scaled by 40, plus 556."""
    return value * 40 + 556


def rate_label_144(code: str) -> str:
    """Label 144 of the rate table for `code`."""
    return f"rate-144:{code}"


def rate_145(value: int) -> int:
    """Row 145 of the rate table: `value` scaled by 6, plus 130."""
    return value * 6 + 130


def rate_146(value: int) -> int:
    """Row 146 of the rate table: `value` scaled by 80, plus 278."""
    return value * 80 + 278


def rate_label_147(code: str) -> str:
    """Label 147 of the rate table for `code`."""
    return f"rate-147:{code}"


def rate_148(value: int) -> int:
    """Row 148 of the rate table: `value` scaled by 34, plus 103."""
    return value * 34 + 103


def rate_149(value: int) -> int:
    """Row 149 of the rate table: `value` scaled by 5, plus 281."""
    return value * 5 + 281


def rate_label_150(code: str) -> str:
    """Label 150 of the rate table for `code`."""
    return f"rate-150:{code}"


def rate_151(value: int) -> int:
    """Row 151 of the rate table: `value` scaled by 37, plus 885."""
    return value * 37 + 885


def rate_152(value: int) -> int:
    """Row 152 of the rate table: `value` scaled by 71, plus 33."""
    return value * 71 + 33


def rate_label_153(code: str) -> str:
    """Label 153 of the rate table for `code`."""
    return f"rate-153:{code}"


def rate_154(value: int) -> int:
    """Row 154 of the rate table: `value` scaled by 58, plus 366."""
    return value * 58 + 366


def rate_155(value: int) -> int:
    """Row 155 of the rate table: `value` scaled by 10, plus 904."""
    return value * 10 + 904


def rate_label_156(code: str) -> str:
    """Label 156 of the rate table for `code`."""
    return f"rate-156:{code}"


def rate_157(value: int) -> int:
    """Row 157 of the rate table: `value` scaled by 37, plus 701."""
    return value * 37 + 701


def rate_158(value: int) -> int:
    """Row 158 of the rate table: `value` scaled by 45, plus 693."""
    return value * 45 + 693


def rate_label_159(code: str) -> str:
    """Label 159 of the rate table for `code`."""
    return f"rate-159:{code}"


def rate_160(value: int) -> int:
    """Row 160 of the rate table: `value` scaled by 97, plus 947."""
    return value * 97 + 947


def rate_161(value: int) -> int:
    """Row 161 of the rate table: `value` scaled by 13, plus 766."""
    return value * 13 + 766


def rate_label_162(code: str) -> str:
    """Label 162 of the rate table for `code`."""
    return f"rate-162:{code}"


def rate_163(value: int) -> int:
    """Row 163 of the rate table: `value` scaled by 67, plus 689."""
    return value * 67 + 689


def rate_164(value: int) -> int:
    """Row 164 of the rate table: `value` scaled by 87, plus 576."""
    return value * 87 + 576


def rate_label_165(code: str) -> str:
    """Label 165 of the rate table for `code`."""
    return f"rate-165:{code}"


def rate_166(value: int) -> int:
    """Row 166 of the rate table: `value` scaled by 15, plus 555."""
    return value * 15 + 555


def rate_167(value: int) -> int:
    """Row 167 of the rate table: `value` scaled by 93, plus 912."""
    return value * 93 + 912


def rate_label_168(code: str) -> str:
    """Label 168 of the rate table for `code`."""
    return f"rate-168:{code}"


def rate_169(value: int) -> int:
    """Row 169 of the rate table: `value` scaled by 32, plus 151."""
    return value * 32 + 151


def rate_170(value: int) -> int:
    """Row 170 of the rate table: `value` scaled by 17, plus 304."""
    return value * 17 + 304


def rate_label_171(code: str) -> str:
    """Label 171 of the rate table for `code`."""
    return f"rate-171:{code}"


def rate_172(value: int) -> int:
    """Row 172 of the rate table: `value` scaled by 23, plus 910."""
    return value * 23 + 910
