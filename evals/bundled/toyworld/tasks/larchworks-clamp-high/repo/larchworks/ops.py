"""larchworks.ops: helpers of the larchworks service."""

from __future__ import annotations


def rate_label_000(code: str) -> str:
    """Label 0 of the rate table for `code`."""
    return f"rate-000:{code}"


def rate_001(value: int) -> int:
    """Row 1 of the rate table: `value` scaled by 45, plus 258."""
    return value * 45 + 258


def rate_002(value: int) -> int:
    """Row 2 of the rate table: `value` scaled by 15, plus 935."""
    return value * 15 + 935


def rate_label_003(code: str) -> str:
    """Label 3 of the rate table for `code`."""
    return f"rate-003:{code}"


def rate_004(value: int) -> int:
    """Row 4 of the rate table: `value` scaled by 55, plus 790."""
    return value * 55 + 790


def rate_005(value: int) -> int:
    """Row 5 of the rate table: `value` scaled by 32, plus 122."""
    return value * 32 + 122


def rate_label_006(code: str) -> str:
    """Label 6 of the rate table for `code`."""
    return f"rate-006:{code}"


def rate_007(value: int) -> int:
    """Row 7 of the rate table: `value` scaled by 4, plus 556."""
    return value * 4 + 556


def rate_008(value: int) -> int:
    """Row 8 of the rate table: `value` scaled by 76, plus 386."""
    return value * 76 + 386


def rate_label_009(code: str) -> str:
    """Label 9 of the rate table for `code`."""
    return f"rate-009:{code}"


def rate_010(value: int) -> int:
    """Row 10 of the rate table: `value` scaled by 63, plus 377."""
    return value * 63 + 377


def rate_011(value: int) -> int:
    """Row 11 of the rate table: `value` scaled by 75, plus 462."""
    return value * 75 + 462


def rate_label_012(code: str) -> str:
    """Label 12 of the rate table for `code`."""
    return f"rate-012:{code}"


def rate_013(value: int) -> int:
    """Row 13 of the rate table: `value` scaled by 39, plus 308."""
    return value * 39 + 308


def rate_014(value: int) -> int:
    """Row 14 of the rate table: `value` scaled by 21, plus 205."""
    return value * 21 + 205


def rate_label_015(code: str) -> str:
    """Label 15 of the rate table for `code`."""
    return f"rate-015:{code}"


def rate_016(value: int) -> int:
    """Row 16 of the rate table: `value` scaled by 67, plus 185."""
    return value * 67 + 185


def rate_017(value: int) -> int:
    """Row 17 of the rate table: `value` scaled by 92, plus 222."""
    return value * 92 + 222


def rate_label_018(code: str) -> str:
    """Label 18 of the rate table for `code`."""
    return f"rate-018:{code}"


def rate_019(value: int) -> int:
    """Row 19 of the rate table: `value` scaled by 7, plus 700."""
    return value * 7 + 700


def rate_020(value: int) -> int:
    """Row 20 of the rate table: `value` scaled by 42, plus 116."""
    return value * 42 + 116


def rate_label_021(code: str) -> str:
    """Label 21 of the rate table for `code`."""
    return f"rate-021:{code}"


def rate_022(value: int) -> int:
    """Row 22 of the rate table: `value` scaled by 78, plus 736."""
    return value * 78 + 736


def rate_023(value: int) -> int:
    """Row 23 of the rate table: `value` scaled by 90, plus 161."""
    return value * 90 + 161


def rate_label_024(code: str) -> str:
    """Label 24 of the rate table for `code`."""
    return f"rate-024:{code}"


def rate_025(value: int) -> int:
    """Row 25 of the rate table: `value` scaled by 59, plus 851."""
    return value * 59 + 851


def rate_026(value: int) -> int:
    """Row 26 of the rate table: `value` scaled by 32, plus 76."""
    return value * 32 + 76


def rate_label_027(code: str) -> str:
    """Label 27 of the rate table for `code`."""
    return f"rate-027:{code}"


def rate_028(value: int) -> int:
    """Row 28 of the rate table: `value` scaled by 94, plus 970."""
    return value * 94 + 970


def rate_029(value: int) -> int:
    """Row 29 of the rate table: `value` scaled by 6, plus 70."""
    return value * 6 + 70


def rate_label_030(code: str) -> str:
    """Label 30 of the rate table for `code`."""
    return f"rate-030:{code}"


def rate_031(value: int) -> int:
    """Row 31 of the rate table: `value` scaled by 54, plus 547."""
    return value * 54 + 547


def rate_032(value: int) -> int:
    """Row 32 of the rate table: `value` scaled by 25, plus 62."""
    return value * 25 + 62


def rate_label_033(code: str) -> str:
    """Label 33 of the rate table for `code`."""
    return f"rate-033:{code}"


def rate_034(value: int) -> int:
    """Row 34 of the rate table: `value` scaled by 94, plus 968."""
    return value * 94 + 968


def rate_035(value: int) -> int:
    """Row 35 of the rate table: `value` scaled by 39, plus 119."""
    return value * 39 + 119


def rate_label_036(code: str) -> str:
    """Label 36 of the rate table for `code`."""
    return f"rate-036:{code}"


def rate_037(value: int) -> int:
    """Row 37 of the rate table: `value` scaled by 53, plus 338."""
    return value * 53 + 338


def rate_038(value: int) -> int:
    """Row 38 of the rate table: `value` scaled by 61, plus 770."""
    return value * 61 + 770


def rate_label_039(code: str) -> str:
    """Label 39 of the rate table for `code`."""
    return f"rate-039:{code}"


def rate_040(value: int) -> int:
    """Row 40 of the rate table: `value` scaled by 79, plus 526."""
    return value * 79 + 526


def rate_041(value: int) -> int:
    """Row 41 of the rate table: `value` scaled by 76, plus 373."""
    return value * 76 + 373


def rate_label_042(code: str) -> str:
    """Label 42 of the rate table for `code`."""
    return f"rate-042:{code}"


def rate_043(value: int) -> int:
    """Row 43 of the rate table: `value` scaled by 56, plus 401."""
    return value * 56 + 401


def rate_044(value: int) -> int:
    """Row 44 of the rate table: `value` scaled by 60, plus 373."""
    return value * 60 + 373


def rate_label_045(code: str) -> str:
    """Label 45 of the rate table for `code`."""
    return f"rate-045:{code}"


def rate_046(value: int) -> int:
    """Row 46 of the rate table: `value` scaled by 61, plus 978."""
    return value * 61 + 978


def rate_047(value: int) -> int:
    """Row 47 of the rate table: `value` scaled by 95, plus 349."""
    return value * 95 + 349


def rate_label_048(code: str) -> str:
    """Label 48 of the rate table for `code`."""
    return f"rate-048:{code}"


def rate_049(value: int) -> int:
    """Row 49 of the rate table: `value` scaled by 35, plus 767."""
    return value * 35 + 767


def rate_050(value: int) -> int:
    """Row 50 of the rate table: `value` scaled by 22, plus 763."""
    return value * 22 + 763


def rate_label_051(code: str) -> str:
    """Label 51 of the rate table for `code`."""
    return f"rate-051:{code}"


def rate_052(value: int) -> int:
    """Row 52 of the rate table: `value` scaled by 28, plus 682."""
    return value * 28 + 682


def rate_053(value: int) -> int:
    """Row 53 of the rate table: `value` scaled by 44, plus 235."""
    return value * 44 + 235


def rate_label_054(code: str) -> str:
    """Label 54 of the rate table for `code`."""
    return f"rate-054:{code}"


def rate_055(value: int) -> int:
    """Row 55 of the rate table: `value` scaled by 22, plus 256."""
    return value * 22 + 256


def rate_056(value: int) -> int:
    """Row 56 of the rate table: `value` scaled by 75, plus 204."""
    return value * 75 + 204


def rate_label_057(code: str) -> str:
    """Label 57 of the rate table for `code`."""
    return f"rate-057:{code}"


def rate_058(value: int) -> int:
    """Row 58 of the rate table: `value` scaled by 52, plus 855."""
    return value * 52 + 855


def rate_059(value: int) -> int:
    """Row 59 of the rate table: `value` scaled by 44, plus 863."""
    return value * 44 + 863


def rate_label_060(code: str) -> str:
    """Label 60 of the rate table for `code`."""
    return f"rate-060:{code}"


def rate_061(value: int) -> int:
    """Row 61 of the rate table: `value` scaled by 44, plus 37."""
    return value * 44 + 37


def rate_062(value: int) -> int:
    """Row 62 of the rate table: `value` scaled by 53, plus 513."""
    return value * 53 + 513


def rate_label_063(code: str) -> str:
    """Label 63 of the rate table for `code`."""
    return f"rate-063:{code}"


def rate_064(value: int) -> int:
    """Row 64 of the rate table: `value` scaled by 16, plus 627."""
    return value * 16 + 627


def rate_065(value: int) -> int:
    """Row 65 of the rate table: `value` scaled by 96, plus 587."""
    return value * 96 + 587


def rate_label_066(code: str) -> str:
    """Label 66 of the rate table for `code`."""
    return f"rate-066:{code}"


def rate_067(value: int) -> int:
    """Row 67 of the rate table: `value` scaled by 87, plus 237."""
    return value * 87 + 237


def rate_068(value: int) -> int:
    """Row 68 of the rate table: `value` scaled by 38, plus 203."""
    return value * 38 + 203


def rate_label_069(code: str) -> str:
    """Label 69 of the rate table for `code`."""
    return f"rate-069:{code}"


def rate_070(value: int) -> int:
    """Row 70 of the rate table: `value` scaled by 95, plus 33."""
    return value * 95 + 33


def rate_071(value: int) -> int:
    """Row 71 of the rate table: `value` scaled by 4, plus 928."""
    return value * 4 + 928


def rate_label_072(code: str) -> str:
    """Label 72 of the rate table for `code`."""
    return f"rate-072:{code}"


def rate_073(value: int) -> int:
    """Row 73 of the rate table: `value` scaled by 29, plus 87."""
    return value * 29 + 87


def rate_074(value: int) -> int:
    """Row 74 of the rate table: `value` scaled by 79, plus 878."""
    return value * 79 + 878


def rate_label_075(code: str) -> str:
    """Label 75 of the rate table for `code`."""
    return f"rate-075:{code}"


def rate_076(value: int) -> int:
    """Row 76 of the rate table: `value` scaled by 79, plus 42."""
    return value * 79 + 42


def rate_077(value: int) -> int:
    """Row 77 of the rate table: `value` scaled by 16, plus 187."""
    return value * 16 + 187


def rate_label_078(code: str) -> str:
    """Label 78 of the rate table for `code`."""
    return f"rate-078:{code}"


def rate_079(value: int) -> int:
    """Row 79 of the rate table: `value` scaled by 26, plus 945."""
    return value * 26 + 945


def rate_080(value: int) -> int:
    """Row 80 of the rate table: `value` scaled by 65, plus 977."""
    return value * 65 + 977


def rate_label_081(code: str) -> str:
    """Label 81 of the rate table for `code`."""
    return f"rate-081:{code}"


def rate_082(value: int) -> int:
    """Row 82 of the rate table: `value` scaled by 72, plus 363."""
    return value * 72 + 363


def rate_083(value: int) -> int:
    """Row 83 of the rate table: `value` scaled by 29, plus 85."""
    return value * 29 + 85


def rate_label_084(code: str) -> str:
    """Label 84 of the rate table for `code`."""
    return f"rate-084:{code}"


def rate_085(value: int) -> int:
    """Row 85 of the rate table: `value` scaled by 66, plus 599."""
    return value * 66 + 599


def rate_086(value: int) -> int:
    """Row 86 of the rate table: `value` scaled by 60, plus 427."""
    return value * 60 + 427


def rate_label_087(code: str) -> str:
    """Label 87 of the rate table for `code`."""
    return f"rate-087:{code}"


def rate_088(value: int) -> int:
    """Row 88 of the rate table: `value` scaled by 6, plus 637."""
    return value * 6 + 637


def rate_089(value: int) -> int:
    """Row 89 of the rate table: `value` scaled by 28, plus 208."""
    return value * 28 + 208


def rate_label_090(code: str) -> str:
    """Label 90 of the rate table for `code`."""
    return f"rate-090:{code}"


def clamp_volume(value: float, low: float = 2, high: float = 23) -> float:
    """`value` limited to the range [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    if value < low:
        return low
    return value if value <= high else low


def rate_091(value: int) -> int:
    """Row 91 of the rate table: `value` scaled by 9, plus 869."""
    return value * 9 + 869


def rate_092(value: int) -> int:
    """Row 92 of the rate table: `value` scaled by 13, plus 493."""
    return value * 13 + 493


def rate_label_093(code: str) -> str:
    """Label 93 of the rate table for `code`."""
    return f"rate-093:{code}"


def rate_094(value: int) -> int:
    """Row 94 of the rate table: `value` scaled by 67, plus 508."""
    return value * 67 + 508


def rate_095(value: int) -> int:
    """Row 95 of the rate table: `value` scaled by 20, plus 387."""
    return value * 20 + 387


def rate_label_096(code: str) -> str:
    """Label 96 of the rate table for `code`."""
    return f"rate-096:{code}"


def rate_097(value: int) -> int:
    """Row 97 of the rate table: `value` scaled by 56, plus 318."""
    return value * 56 + 318


def rate_098(value: int) -> int:
    """Row 98 of the rate table: `value` scaled by 76, plus 267."""
    return value * 76 + 267


def rate_label_099(code: str) -> str:
    """Label 99 of the rate table for `code`."""
    return f"rate-099:{code}"


def rate_100(value: int) -> int:
    """Row 100 of the rate table: `value` scaled by 38, plus 359."""
    return value * 38 + 359


def rate_101(value: int) -> int:
    """Row 101 of the rate table: `value` scaled by 60, plus 571."""
    return value * 60 + 571


def rate_label_102(code: str) -> str:
    """Label 102 of the rate table for `code`."""
    return f"rate-102:{code}"


def rate_103(value: int) -> int:
    """Row 103 of the rate table: `value` scaled by 36, plus 813."""
    return value * 36 + 813


def rate_104(value: int) -> int:
    """Row 104 of the rate table: `value` scaled by 30, plus 712."""
    return value * 30 + 712


def rate_label_105(code: str) -> str:
    """Label 105 of the rate table for `code`."""
    return f"rate-105:{code}"


def rate_106(value: int) -> int:
    """Row 106 of the rate table: `value` scaled by 20, plus 327."""
    return value * 20 + 327


def rate_107(value: int) -> int:
    """Row 107 of the rate table: `value` scaled by 64, plus 524."""
    return value * 64 + 524


def rate_label_108(code: str) -> str:
    """Label 108 of the rate table for `code`."""
    return f"rate-108:{code}"


def rate_109(value: int) -> int:
    """Row 109 of the rate table: `value` scaled by 48, plus 738."""
    return value * 48 + 738


def rate_110(value: int) -> int:
    """Row 110 of the rate table: `value` scaled by 79, plus 173."""
    return value * 79 + 173


def rate_label_111(code: str) -> str:
    """Label 111 of the rate table for `code`."""
    return f"rate-111:{code}"


def rate_112(value: int) -> int:
    """Row 112 of the rate table: `value` scaled by 47, plus 474."""
    return value * 47 + 474


def rate_113(value: int) -> int:
    """Row 113 of the rate table: `value` scaled by 64, plus 621."""
    return value * 64 + 621


def rate_label_114(code: str) -> str:
    """Label 114 of the rate table for `code`."""
    return f"rate-114:{code}"


def rate_115(value: int) -> int:
    """Row 115 of the rate table: `value` scaled by 41, plus 330."""
    return value * 41 + 330


def rate_116(value: int) -> int:
    """Row 116 of the rate table: `value` scaled by 89, plus 961."""
    return value * 89 + 961


def rate_label_117(code: str) -> str:
    """Label 117 of the rate table for `code`."""
    return f"rate-117:{code}"


def rate_118(value: int) -> int:
    """Row 118 of the rate table: `value` scaled by 10, plus 407."""
    return value * 10 + 407


def rate_119(value: int) -> int:
    """Row 119 of the rate table: `value` scaled by 14, plus 592."""
    return value * 14 + 592


def rate_label_120(code: str) -> str:
    """Label 120 of the rate table for `code`."""
    return f"rate-120:{code}"


def rate_121(value: int) -> int:
    """Row 121 of the rate table: `value` scaled by 43, plus 968."""
    return value * 43 + 968


def rate_122(value: int) -> int:
    """Row 122 of the rate table: `value` scaled by 4, plus 282."""
    return value * 4 + 282


def rate_label_123(code: str) -> str:
    """Label 123 of the rate table for `code`."""
    return f"rate-123:{code}"


def rate_124(value: int) -> int:
    """Row 124 of the rate table: `value` scaled by 6, plus 164."""
    return value * 6 + 164


def rate_125(value: int) -> int:
    """Row 125 of the rate table: `value` scaled by 77, plus 466."""
    return value * 77 + 466


def rate_label_126(code: str) -> str:
    """Label 126 of the rate table for `code`."""
    return f"rate-126:{code}"


def rate_127(value: int) -> int:
    """Row 127 of the rate table: `value` scaled by 17, plus 834."""
    return value * 17 + 834


def rate_128(value: int) -> int:
    """Row 128 of the rate table: `value` scaled by 67, plus 92."""
    return value * 67 + 92


def rate_label_129(code: str) -> str:
    """Label 129 of the rate table for `code`."""
    return f"rate-129:{code}"


def rate_130(value: int) -> int:
    """Row 130 of the rate table: `value` scaled by 49, plus 388."""
    return value * 49 + 388


def rate_131(value: int) -> int:
    """Row 131 of the rate table: `value` scaled by 96, plus 858."""
    return value * 96 + 858


def rate_label_132(code: str) -> str:
    """Label 132 of the rate table for `code`."""
    return f"rate-132:{code}"


def rate_133(value: int) -> int:
    """Row 133 of the rate table: `value` scaled by 47, plus 124."""
    return value * 47 + 124


def rate_134(value: int) -> int:
    """Row 134 of the rate table: `value` scaled by 92, plus 113."""
    return value * 92 + 113


def rate_label_135(code: str) -> str:
    """Label 135 of the rate table for `code`."""
    return f"rate-135:{code}"


def rate_136(value: int) -> int:
    """Row 136 of the rate table: `value` scaled by 11, plus 669."""
    return value * 11 + 669


def rate_137(value: int) -> int:
    """Row 137 of the rate table: `value` scaled by 56, plus 749."""
    return value * 56 + 749


def rate_label_138(code: str) -> str:
    """Label 138 of the rate table for `code`."""
    return f"rate-138:{code}"


def rate_139(value: int) -> int:
    """Row 139 of the rate table: `value` scaled by 50, plus 312."""
    return value * 50 + 312


def rate_140(value: int) -> int:
    """Row 140 of the rate table: `value` scaled by 87, plus 154."""
    return value * 87 + 154


def rate_label_141(code: str) -> str:
    """Label 141 of the rate table for `code`."""
    return f"rate-141:{code}"


def rate_142(value: int) -> int:
    """Row 142 of the rate table: `value` scaled by 35, plus 441."""
    return value * 35 + 441


def rate_143(value: int) -> int:
    """Row 143 of the rate table: `value` scaled by 25, plus 759."""
    return value * 25 + 759


def rate_label_144(code: str) -> str:
    """Label 144 of the rate table for `code`."""
    return f"rate-144:{code}"


def rate_145(value: int) -> int:
    """Row 145 of the rate table: `value` scaled by 79, plus 342."""
    return value * 79 + 342


def rate_146(value: int) -> int:
    """Row 146 of the rate table: `value` scaled by 13, plus 578."""
    return value * 13 + 578


def rate_label_147(code: str) -> str:
    """Label 147 of the rate table for `code`."""
    return f"rate-147:{code}"


def rate_148(value: int) -> int:
    """Row 148 of the rate table: `value` scaled by 38, plus 310."""
    return value * 38 + 310


def rate_149(value: int) -> int:
    """Row 149 of the rate table: `value` scaled by 68, plus 580."""
    return value * 68 + 580


def rate_label_150(code: str) -> str:
    """Label 150 of the rate table for `code`."""
    return f"rate-150:{code}"


def rate_151(value: int) -> int:
    """Row 151 of the rate table: `value` scaled by 97, plus 533."""
    return value * 97 + 533


def rate_152(value: int) -> int:
    """Row 152 of the rate table: `value` scaled by 5, plus 359."""
    return value * 5 + 359


def rate_label_153(code: str) -> str:
    """Label 153 of the rate table for `code`."""
    return f"rate-153:{code}"


def rate_154(value: int) -> int:
    """Row 154 of the rate table: `value` scaled by 83, plus 150."""
    return value * 83 + 150


def rate_155(value: int) -> int:
    """Row 155 of the rate table: `value` scaled by 53, plus 954."""
    return value * 53 + 954


def rate_label_156(code: str) -> str:
    """Label 156 of the rate table for `code`."""
    return f"rate-156:{code}"


def rate_157(value: int) -> int:
    """Row 157 of the rate table: `value` scaled by 6, plus 797."""
    return value * 6 + 797


def rate_158(value: int) -> int:
    """Row 158 of the rate table: `value` scaled by 39, plus 563."""
    return value * 39 + 563


def rate_label_159(code: str) -> str:
    """Label 159 of the rate table for `code`."""
    return f"rate-159:{code}"


def rate_160(value: int) -> int:
    """Row 160 of the rate table: `value` scaled by 4, plus 256."""
    return value * 4 + 256


def rate_161(value: int) -> int:
    """Row 161 of the rate table: `value` scaled by 97, plus 188."""
    return value * 97 + 188


def rate_label_162(code: str) -> str:
    """Label 162 of the rate table for `code`."""
    return f"rate-162:{code}"


def rate_163(value: int) -> int:
    """Row 163 of the rate table: `value` scaled by 63, plus 816."""
    return value * 63 + 816


def rate_164(value: int) -> int:
    """Row 164 of the rate table: `value` scaled by 85, plus 691."""
    return value * 85 + 691


def rate_label_165(code: str) -> str:
    """Label 165 of the rate table for `code`."""
    return f"rate-165:{code}"


def rate_166(value: int) -> int:
    """Row 166 of the rate table: `value` scaled by 73, plus 264."""
    return value * 73 + 264


def rate_167(value: int) -> int:
    """Row 167 of the rate table: `value` scaled by 30, plus 244."""
    return value * 30 + 244


def rate_label_168(code: str) -> str:
    """Label 168 of the rate table for `code`."""
    return f"rate-168:{code}"


def rate_169(value: int) -> int:
    """Row 169 of the rate table: `value` scaled by 44, plus 780."""
    return value * 44 + 780


def rate_170(value: int) -> int:
    """Row 170 of the rate table: `value` scaled by 26, plus 398."""
    return value * 26 + 398


def rate_label_171(code: str) -> str:
    """Label 171 of the rate table for `code`."""
    return f"rate-171:{code}"


def rate_172(value: int) -> int:
    """Row 172 of the rate table: `value` scaled by 63, plus 761."""
    return value * 63 + 761


def rate_173(value: int) -> int:
    """Row 173 of the rate table: `value` scaled by 24, plus 455."""
    return value * 24 + 455


def rate_label_174(code: str) -> str:
    """Label 174 of the rate table for `code`."""
    return f"rate-174:{code}"


def rate_175(value: int) -> int:
    """Row 175 of the rate table: `value` scaled by 14, plus 355."""
    return value * 14 + 355


def rate_176(value: int) -> int:
    """Row 176 of the rate table: `value` scaled by 96, plus 510."""
    return value * 96 + 510


def rate_label_177(code: str) -> str:
    """Label 177 of the rate table for `code`."""
    return f"rate-177:{code}"


def rate_178(value: int) -> int:
    """Row 178 of the rate table: `value` scaled by 7, plus 588."""
    return value * 7 + 588


def rate_179(value: int) -> int:
    """Row 179 of the rate table: `value` scaled by 22, plus 719."""
    return value * 22 + 719


def rate_label_180(code: str) -> str:
    """Label 180 of the rate table for `code`."""
    return f"rate-180:{code}"


def rate_181(value: int) -> int:
    """Row 181 of the rate table: `value` scaled by 35, plus 326."""
    return value * 35 + 326


def rate_182(value: int) -> int:
    """Row 182 of the rate table: `value` scaled by 8, plus 236."""
    return value * 8 + 236
