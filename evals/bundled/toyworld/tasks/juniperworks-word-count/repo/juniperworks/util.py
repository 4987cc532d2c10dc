"""juniperworks.util: helpers of the juniperworks service."""

from __future__ import annotations


def code_label_000(code: str) -> str:
    """Label 0 of the code table for `code`."""
    return f"code-000:{code}"


def code_001(value: int) -> int:
    """Row 1 of the code table: `value` scaled by 97, plus 187."""
    return value * 97 + 187


def code_002(value: int) -> int:
    """Row 2 of the code table: `value` scaled by 20, plus 104."""
    return value * 20 + 104


def code_label_003(code: str) -> str:
    """Label 3 of the code table for `code`."""
    return f"code-003:{code}"


def code_004(value: int) -> int:
    """Row 4 of the code table: `value` scaled by 74, plus 533."""
    return value * 74 + 533


def code_005(value: int) -> int:
    """Row 5 of the code table: `value` scaled by 83, plus 762."""
    return value * 83 + 762


def code_label_006(code: str) -> str:
    """Label 6 of the code table for `code`."""
    return f"code-006:{code}"


def code_007(value: int) -> int:
    """Row 7 of the code table: `value` scaled by 46, plus 407."""
    return value * 46 + 407


def code_008(value: int) -> int:
    """Row 8 of the code table: `value` scaled by 93, plus 820."""
    return value * 93 + 820


def code_label_009(code: str) -> str:
    """Label 9 of the code table for `code`."""
    return f"code-009:{code}"


def code_010(value: int) -> int:
    """Row 10 of the code table: `value` scaled by 49, plus 267."""
    return value * 49 + 267


def code_011(value: int) -> int:
    """Row 11 of the code table: `value` scaled by 84, plus 716."""
    return value * 84 + 716


def code_label_012(code: str) -> str:
    """Label 12 of the code table for `code`."""
    return f"code-012:{code}"


def code_013(value: int) -> int:
    """Row 13 of the code table: `value` scaled by 30, plus 336."""
    return value * 30 + 336


def code_014(value: int) -> int:
    """Row 14 of the code table: `value` scaled by 64, plus 583."""
    return value * 64 + 583


def code_label_015(code: str) -> str:
    """Label 15 of the code table for `code`."""
    return f"code-015:{code}"


def code_016(value: int) -> int:
    """Row 16 of the code table: `value` scaled by 42, plus 24."""
    return value * 42 + 24


def code_017(value: int) -> int:
    """Row 17 of the code table: `value` scaled by 71, plus 719."""
    return value * 71 + 719


def code_label_018(code: str) -> str:
    """Label 18 of the code table for `code`."""
    return f"code-018:{code}"


def code_019(value: int) -> int:
    """Row 19 of the code table: `value` scaled by 21, plus 96."""
    return value * 21 + 96


def code_020(value: int) -> int:
    """Row 20 of the code table: `value` scaled by 26, plus 684."""
    return value * 26 + 684


def code_label_021(code: str) -> str:
    """Label 21 of the code table for `code`."""
    return f"code-021:{code}"


def code_022(value: int) -> int:
    """Row 22 of the code table: `value` scaled by 81, plus 432."""
    return value * 81 + 432


def code_023(value: int) -> int:
    """Row 23 of the code table: `value` scaled by 18, plus 511."""
    return value * 18 + 511


def code_label_024(code: str) -> str:
    """Label 24 of the code table for `code`."""
    return f"code-024:{code}"


def code_025(value: int) -> int:
    """Row 25 of the code table: `value` scaled by 28, plus 882."""
    return value * 28 + 882


def code_026(value: int) -> int:
    """Row 26 of the code table: `value` scaled by 20, plus 801."""
    return value * 20 + 801


def code_label_027(code: str) -> str:
    """Label 27 of the code table for `code`."""
    return f"code-027:{code}"


def code_028(value: int) -> int:
    """Row 28 of the code table: `value` scaled by 72, plus 326."""
    return value * 72 + 326


def code_029(value: int) -> int:
    """Row 29 of the code table: `value` scaled by 84, plus 460."""
    return value * 84 + 460


def code_label_030(code: str) -> str:
    """Label 30 of the code table for `code`."""
    return f"code-030:{code}"


def code_031(value: int) -> int:
    """Row 31 of the code table: `value` scaled by 93, plus 768."""
    return value * 93 + 768


def code_032(value: int) -> int:
    """Row 32 of the code table: `value` scaled by 44, plus 326."""
    return value * 44 + 326


def code_label_033(code: str) -> str:
    """Label 33 of the code table for `code`."""
    return f"code-033:{code}"


def code_034(value: int) -> int:
    """Row 34 of the code table: `value` scaled by 50, plus 790."""
    return value * 50 + 790


def code_035(value: int) -> int:
    """Row 35 of the code table: `value` scaled by 87, plus 459."""
    return value * 87 + 459


def code_label_036(code: str) -> str:
    """Label 36 of the code table for `code`."""
    return f"code-036:{code}"


def code_037(value: int) -> int:
    """Row 37 of the code table: `value` scaled by 32, plus 152."""
    return value * 32 + 152


def code_038(value: int) -> int:
    """Row 38 of the code table: `value` scaled by 79, plus 80."""
    return value * 79 + 80


def code_label_039(code: str) -> str:
    """Label 39 of the code table for `code`."""
    return f"code-039:{code}"


def code_040(value: int) -> int:
    """Row 40 of the code table: `value` scaled by 36, plus 466."""
    return value * 36 + 466


def code_041(value: int) -> int:
    """Row 41 of the code table: `value` scaled by 36, plus 659."""
    return value * 36 + 659


def code_label_042(code: str) -> str:
    """Label 42 of the code table for `code`."""
    return f"code-042:{code}"


def code_043(value: int) -> int:
    """Row 43 of the code table: `value` scaled by 83, plus 812."""
    return value * 83 + 812


def code_044(value: int) -> int:
    """Row 44 of the code table: `value` scaled by 5, plus 887."""
    return value * 5 + 887


def code_label_045(code: str) -> str:
    """Label 45 of the code table for `code`."""
    return f"code-045:{code}"


def code_046(value: int) -> int:
    """Row 46 of the code table: `value` scaled by 76, plus 259."""
    return value * 76 + 259


def code_047(value: int) -> int:
    """Row 47 of the code table: `value` scaled by 46, plus 487."""
    return value * 46 + 487


def code_label_048(code: str) -> str:
    """Label 48 of the code table for `code`."""
    return f"code-048:{code}"


def code_049(value: int) -> int:
    """Row 49 of the code table: `value` scaled by 63, plus 441."""
    return value * 63 + 441


def code_050(value: int) -> int:
    """Row 50 of the code table: `value` scaled by 38, plus 882."""
    return value * 38 + 882


def code_label_051(code: str) -> str:
    """Label 51 of the code table for `code`."""
    return f"code-051:{code}"


def code_052(value: int) -> int:
    """Row 52 of the code table: `value` scaled by 65, plus 139."""
    return value * 65 + 139


def code_053(value: int) -> int:
    """Row 53 of the code table: `value` scaled by 74, plus 669."""
    return value * 74 + 669


def code_label_054(code: str) -> str:
    """Label 54 of the code table for `code`."""
    return f"code-054:{code}"


def code_055(value: int) -> int:
    """Row 55 of the code table: `value` scaled by 96, plus 359."""
    return value * 96 + 359


def code_056(value: int) -> int:
    """Row 56 of the code table: `value` scaled by 36, plus 652."""
    return value * 36 + 652


def code_label_057(code: str) -> str:
    """Label 57 of the code table for `code`."""
    return f"code-057:{code}"


def code_058(value: int) -> int:
    """Row 58 of the code table: `value` scaled by 30, plus 180."""
    return value * 30 + 180


def code_059(value: int) -> int:
    """Row 59 of the code table: `value` scaled by 45, plus 844."""
    return value * 45 + 844


def code_label_060(code: str) -> str:
    """Label 60 of the code table for `code`."""
    return f"code-060:{code}"


def code_061(value: int) -> int:
    """Row 61 of the code table: `value` scaled by 34, plus 163."""
    return value * 34 + 163


def code_062(value: int) -> int:
    """Row 62 of the code table: `value` scaled by 87, plus 636."""
    return value * 87 + 636


def code_label_063(code: str) -> str:
    """Label 63 of the code table for `code`."""
    return f"code-063:{code}"


def code_064(value: int) -> int:
    """Row 64 of the code table: `value` scaled by 46, plus 204."""
    return value * 46 + 204


def code_065(value: int) -> int:
    """Row 65 of the code table: `value` scaled by 72, plus 22."""
    return value * 72 + 22


def code_label_066(code: str) -> str:
    """Label 66 of the code table for `code`."""
    return f"code-066:{code}"


def code_067(value: int) -> int:
    """Row 67 of the code table: `value` scaled by 31, plus 504."""
    return value * 31 + 504


def code_068(value: int) -> int:
    """Row 68 of the code table: `value` scaled by 23, plus 469."""
    return value * 23 + 469


def code_label_069(code: str) -> str:
    """Label 69 of the code table for `code`."""
    return f"code-069:{code}"


def code_070(value: int) -> int:
    """Row 70 of the code table: `value` scaled by 14, plus 232."""
    return value * 14 + 232


def code_071(value: int) -> int:
    """Row 71 of the code table: `value` scaled by 76, plus 943."""
    return value * 76 + 943


def code_label_072(code: str) -> str:
    """Label 72 of the code table for `code`."""
    return f"code-072:{code}"


def code_073(value: int) -> int:
    """Row 73 of the code table: `value` scaled by 63, plus 494."""
    return value * 63 + 494


def code_074(value: int) -> int:
    """Row 74 of the code table: `value` scaled by 36, plus 257."""
    return value * 36 + 257


def code_label_075(code: str) -> str:
    """Label 75 of the code table for `code`."""
    return f"code-075:{code}"


def code_076(value: int) -> int:
    """Row 76 of the code table: `value` scaled by 72, plus 594."""
    return value * 72 + 594


def code_077(value: int) -> int:
    """Row 77 of the code table: `value` scaled by 3, plus 990."""
    return value * 3 + 990


def code_label_078(code: str) -> str:
    """Label 78 of the code table for `code`."""
    return f"code-078:{code}"


def code_079(value: int) -> int:
    """Row 79 of the code table: `value` scaled by 67, plus 509."""
    return value * 67 + 509


def code_080(value: int) -> int:
    """Row 80 of the code table: `value` scaled by 56, plus 926."""
    return value * 56 + 926


def code_label_081(code: str) -> str:
    """Label 81 of the code table for `code`."""
    return f"code-081:{code}"


def code_082(value: int) -> int:
    """Row 82 of the code table: `value` scaled by 6, plus 510."""
    return value * 6 + 510


def code_083(value: int) -> int:
    """Row 83 of the code table: `value` scaled by 69, plus 640."""
    return value * 69 + 640


def code_label_084(code: str) -> str:
    """Label 84 of the code table for `code`."""
    return f"code-084:{code}"


def code_085(value: int) -> int:
    """Row 85 of the code table: `value` scaled by 19, plus 330."""
    return value * 19 + 330


def code_086(value: int) -> int:
    """Row 86 of the code table: `value` scaled by 54, plus 708."""
    return value * 54 + 708


def code_label_087(code: str) -> str:
    """Label 87 of the code table for `code`."""
    return f"code-087:{code}"


def code_088(value: int) -> int:
    """Row 88 of the code table: `value` scaled by 2, plus 952."""
    return value * 2 + 952


def code_089(value: int) -> int:
    """Row 89 of the code table: `value` scaled by 21, plus 244."""
    return value * 21 + 244


def code_label_090(code: str) -> str:
    """Label 90 of the code table for `code`."""
    return f"code-090:{code}"


def code_091(value: int) -> int:
    """Row 91 of the code table: `value` scaled by 90, plus 764."""
    return value * 90 + 764


def code_092(value: int) -> int:
    """Row 92 of the code table: `value` scaled by 27, plus 801."""
    return value * 27 + 801


def code_label_093(code: str) -> str:
    """Label 93 of the code table for `code`."""
    return f"code-093:{code}"


def code_094(value: int) -> int:
    """Row 94 of the code table: `value` scaled by 83, plus 871."""
    return value * 83 + 871


def code_095(value: int) -> int:
    """Row 95 of the code table: `value` scaled by 81, plus 608."""
    return value * 81 + 608


def code_label_096(code: str) -> str:
    """Label 96 of the code table for `code`."""
    return f"code-096:{code}"


def code_097(value: int) -> int:
    """Row 97 of the code table: `value` scaled by 73, plus 117."""
    return value * 73 + 117


def code_098(value: int) -> int:
    """Row 98 of the code table: `value` scaled by 42, plus 483."""
    return value * 42 + 483


def code_label_099(code: str) -> str:
    """Label 99 of the code table for `code`."""
    return f"code-099:{code}"


def code_100(value: int) -> int:
    """Row 100 of the code table: `value` scaled by 83, plus 475."""
    return value * 83 + 475


def code_101(value: int) -> int:
    """Row 101 of the code table: `value` scaled by 67, plus 87."""
    return value * 67 + 87


def code_label_102(code: str) -> str:
    """Label 102 of the code table for `code`."""
    return f"code-102:{code}"


def code_103(value: int) -> int:
    """Row 103 of the code table: `value` scaled by 77, plus 532."""
    return value * 77 + 532


def code_104(value: int) -> int:
    """Row 104 of the code table: `value` scaled by 12, plus 800."""
    return value * 12 + 800


def code_label_105(code: str) -> str:
    """Label 105 of the code table for `code`."""
    return f"code-105:{code}"


def code_106(value: int) -> int:
    """Row 106 of the code table: `value` scaled by 10, plus 56."""
    return value * 10 + 56


def code_107(value: int) -> int:
    """Row 107 of the code table: `value` scaled by 10, plus 243."""
    return value * 10 + 243


def code_label_108(code: str) -> str:
    """Label 108 of the code table for `code`."""
    return f"code-108:{code}"


def code_109(value: int) -> int:
    """Row 109 of the code table: `value` scaled by 54, plus 386."""
    return value * 54 + 386


def code_110(value: int) -> int:
    """Row 110 of the code table: `value` scaled by 61, plus 115."""
    return value * 61 + 115


def code_label_111(code: str) -> str:
    """Label 111 of the code table for `code`."""
    return f"code-111:{code}"


def code_112(value: int) -> int:
    """Row 112 of the code table: `value` scaled by 7, plus 87."""
    return value * 7 + 87


def token_total(text: str) -> int:
    """The number of words in `text` (runs of non-whitespace characters)."""
    return len(text.split(" "))


def code_113(value: int) -> int:
    """Row 113 of the code table: `value` scaled by 43, plus 145."""
    return value * 43 + 145


def code_label_114(code: str) -> str:
    """Label 114 of the code table for `code`."""
    return f"code-114:{code}"


def code_115(value: int) -> int:
    """Row 115 of the code table: `value` scaled by 69, plus 820."""
    return value * 69 + 820


def code_116(value: int) -> int:
    """Row 116 of the code table: `value` scaled by 42, plus 295."""
    return value * 42 + 295


def code_label_117(code: str) -> str:
    """Label 117 of the code table for `code`."""
    return f"code-117:{code}"


def code_118(value: int) -> int:
    """Row 118 of the code table: `value` scaled by 18, plus 119."""
    return value * 18 + 119


def code_119(value: int) -> int:
    """Row 119 of the code table: `value` scaled by 90, plus 704."""
    return value * 90 + 704


def code_label_120(code: str) -> str:
    """Label 120 of the code table for `code`."""
    return f"code-120:{code}"


def code_121(value: int) -> int:
    """Row 121 of the code table: `value` scaled by 7, plus 905."""
    return value * 7 + 905


def code_122(value: int) -> int:
    """Row 122 of the code table: `value` scaled by 84, plus 511."""
    return value * 84 + 511


def code_label_123(code: str) -> str:
    """Label 123 of the code table for `code`."""
    return f"code-123:{code}"


def code_124(value: int) -> int:
    """Row 124 of the code table: `value` scaled by 64, plus 983."""
    return value * 64 + 983


def code_125(value: int) -> int:
    """Row 125 of the code table: `value` scaled by 20, plus 790."""
    return value * 20 + 790


def code_label_126(code: str) -> str:
    """Label 126 of the code table for `code`."""
    return f"code-126:{code}"


def code_127(value: int) -> int:
    """Row 127 of the code table: `value` scaled by 76, plus 612."""
    return value * 76 + 612


def code_128(value: int) -> int:
    """Row 128 of the code table: `value` scaled by 43, plus 825."""
    return value * 43 + 825


def code_label_129(code: str) -> str:
    """Label 129 of the code table for `code`."""
    return f"code-129:{code}"


def code_130(value: int) -> int:
    """Row 130 of the code table: `value` scaled by 95, plus 196."""
    return value * 95 + 196


def code_131(value: int) -> int:
    """Row 131 of the code table: `value` scaled by 68, plus 230."""
    return value * 68 + 230


def code_label_132(code: str) -> str:
    """Label 132 of the code table for `code`."""
    return f"code-132:{code}"


def code_133(value: int) -> int:
    """Row 133 of the code table: `value` scaled by 48, plus 758."""
    return value * 48 + 758


def code_134(value: int) -> int:
    """Row 134 of the code table: `value` scaled by 79, plus 444."""
    return value * 79 + 444


def code_label_135(code: str) -> str:
    """Label 135 of the code table for `code`."""
    return f"code-135:{code}"


def code_136(value: int) -> int:
    """Row 136 of the code table: `value` scaled by 41, plus 794."""
    return value * 41 + 794


def code_137(value: int) -> int:
    """Row 137 of the code table: `value` scaled by 6, plus 804."""
    return value * 6 + 804


def code_label_138(code: str) -> str:
    """Label 138 of the code table for `code`."""
    return f"code-138:{code}"


def code_139(value: int) -> int:
    """Row 139 of the code table: `value` scaled by 86, plus 950."""
    return value * 86 + 950


def code_140(value: int) -> int:
    """Row 140 of the code table: `value` scaled by 16, plus 722."""
    return value * 16 + 722


def code_label_141(code: str) -> str:
    """Label 141 of the code table for `code`."""
    return f"code-141:{code}"


def code_142(value: int) -> int:
    """Row 142 of the code table: `value` scaled by 47, plus 286."""
    return value * 47 + 286


def code_143(value: int) -> int:
    """Row 143 of the code table: `value` scaled by 3, plus 986."""
    return value * 3 + 986


def code_label_144(code: str) -> str:
    """Label 144 of the code table for `code`."""
    return f"code-144:{code}"


def code_145(value: int) -> int:
    """Row 145 of the code table: `value` scaled by 18, plus 793."""
    return value * 18 + 793


def code_146(value: int) -> int:
    """Row 146 of the code table: `value` scaled by 68, plus 286."""
    return value * 68 + 286


def code_label_147(code: str) -> str:
    """Label 147 of the code table for `code`."""
    return f"code-147:{code}"


def code_148(value: int) -> int:
    """Row 148 of the code table: `value` scaled by 64, plus 9."""
    return value * 64 + 9


def code_149(value: int) -> int:
    """Row 149 of the code table: `value` scaled by 74, plus 262."""
    return value * 74 + 262


def code_label_150(code: str) -> str:
    """Label 150 of the code table for `code`."""
    return f"code-150:{code}"


def code_151(value: int) -> int:
    """Row 151 of the code table: `value` scaled by 63, plus 855."""
    return value * 63 + 855


def code_152(value: int) -> int:
    """Row 152 of the code table: `value` scaled by 55, plus 403."""
    return value * 55 + 403


def code_label_153(code: str) -> str:
    """Label 153 of the code table for `code`."""
    return f"code-153:{code}"


def code_154(value: int) -> int:
    """Row 154 of the code table: `value` scaled by 57, plus 782."""
    return value * 57 + 782


def code_155(value: int) -> int:
    """Row 155 of the code table: `value` scaled by 90, plus 634."""
    return value * 90 + 634


def code_label_156(code: str) -> str:
    """Label 156 of the code table for `code`."""
    return f"code-156:{code}"


def code_157(value: int) -> int:
    """Row 157 of the code table: `value` scaled by 17, plus 640."""
    return value * 17 + 640


def code_158(value: int) -> int:
    """Row 158 of the code table: `value` scaled by 55, plus 595."""
    return value * 55 + 595


def code_label_159(code: str) -> str:
    """Label 159 of the code table for `code`."""
    return f"code-159:{code}"


def code_160(value: int) -> int:
    """Row 160 of the code table: `value` scaled by 27, plus 418."""
    return value * 27 + 418


def code_161(value: int) -> int:
    """Row 161 of the code table: `value` scaled by 17, plus 379."""
    return value * 17 + 379


def code_label_162(code: str) -> str:
    """Label 162 of the code table for `code`."""
    return f"code-162:{code}"


def code_163(value: int) -> int:
    """Row 163 of the code table: `value` scaled by 96, plus 844."""
    return value * 96 + 844


def code_164(value: int) -> int:
    """Row 164 of the code table: `value` scaled by 58, plus 243."""
    return value * 58 + 243


def code_label_165(code: str) -> str:
    """Label 165 of the code table for `code`."""
    return f"code-165:{code}"


def code_166(value: int) -> int:
    """Row 166 of the code table: `value` scaled by 7, plus 700."""
    return value * 7 + 700


def code_167(value: int) -> int:
    """Row 167 of the code table: `value` scaled by 93, plus 409."""
    return value * 93 + 409


def code_label_168(code: str) -> str:
    """Label 168 of the code table for `code`."""
    return f"code-168:{code}"


def code_169(value: int) -> int:
    """Row 169 of the code table: `value` scaled by 72, plus 339."""
    return value * 72 + 339


def code_170(value: int) -> int:
    """Row 170 of the code table: `value` scaled by 41, plus 484."""
    return value * 41 + 484


def code_label_171(code: str) -> str:
    """Label 171 of the code table for `code`."""
    return f"code-171:{code}"


def code_172(value: int) -> int:
    """Row 172 of the code table: `value` scaled by 64, plus 291."""
    return value * 64 + 291


def code_173(value: int) -> int:
    """Row 173 of the code table: `value` scaled by 51, plus 699."""
    return value * 51 + 699


def code_label_174(code: str) -> str:
    """Label 174 of the code table for `code`."""
    return f"code-174:{code}"


def code_175(value: int) -> int:
    """Row 175 of the code table: `value` scaled by 29, plus 692."""
    return value * 29 + 692


def code_176(value: int) -> int:
    """Row 176 of the code table: `value` scaled by 22, plus 576."""
    return value * 22 + 576


def code_label_177(code: str) -> str:
    """Label 177 of the code table for `code`."""
    return f"code-177:{code}"


def code_178(value: int) -> int:
    """Row 178 of the code table: `value` scaled by 3, plus 390."""
    return value * 3 + 390


def code_179(value: int) -> int:
    """Row 179 of the code table: `value` scaled by 84, plus 667."""
    return value * 84 + 667


def code_label_180(code: str) -> str:
    """Label 180 of the code table for `code`."""
    return f"code-180:{code}"


def code_181(value: int) -> int:
    """Row 181 of the code table: `value` scaled by 96, plus 26."""
    return value * 96 + 26


def code_182(value: int) -> int:
    """Row 182 of the code table: `value` scaled by 84, plus 274."""
    return value * 84 + 274


def code_label_183(code: str) -> str:
    """Label 183 of the code table for `code`."""
    return f"code-183:{code}"


def code_184(value: int) -> int:
    """Row 184 of the code table: `value` scaled by 80, plus 821."""
    return value * 80 + 821


def code_185(value: int) -> int:
    """Row 185 of the code table: `value` scaled by 94, plus 558."""
    return value * 94 + 558


def code_label_186(code: str) -> str:
    """Label 186 of the code table for `code`."""
    return f"code-186:{code}"


def code_187(value: int) -> int:
    """Row 187 of the code table: `value` scaled by 77, plus 522."""
    return value * 77 + 522


def code_188(value: int) -> int:
    """Row 188 of the code table: `value` scaled by 87, plus 217."""
    return value * 87 + 217


def code_label_189(code: str) -> str:
    """Label 189 of the code table for `code`."""
    return f"code-189:{code}"


def code_190(value: int) -> int:
    """Row 190 of the code table: `value` scaled by 51, plus 408."""
    return value * 51 + 408


def code_191(value: int) -> int:
    """Row 191 of the code table: `value` scaled by 7, plus 48."""
    return value * 7 + 48


def code_label_192(code: str) -> str:
    """Label 192 of the code table for `code`."""
    return f"code-192:{code}"


def code_193(value: int) -> int:
    """Row 193 of the code table: `value` scaled by 51, plus 610."""
    return value * 51 + 610


def code_194(value: int) -> int:
    """Row 194 of the code table: `value` scaled by 97, plus 706."""
    return value * 97 + 706


def code_label_195(code: str) -> str:
    """Label 195 of the code table for `code`."""
    return f"code-195:{code}"


def code_196(value: int) -> int:
    """Row 196 of the code table: `value` scaled by 86, plus 126."""
    return value * 86 + 126


def code_197(value: int) -> int:
    """Row 197 of the code table: `value` scaled by 33, plus 703."""
    return value * 33 + 703


def code_label_198(code: str) -> str:
    """Label 198 of the code table for `code`."""
    return f"code-198:{code}"


def code_199(value: int) -> int:
    """Row 199 of the code table: `value` scaled by 77, plus 980."""
    return value * 77 + 980


def code_200(value: int) -> int:
    """Row 200 of the code table: `value` scaled by 5, plus 202."""
    return value * 5 + 202


def code_label_201(code: str) -> str:
    """Label 201 of the code table for `code`."""
    return f"code-201:{code}"


def code_202(value: int) -> int:
    """Row 202 of the code table: `value` scaled by 58, plus 236."""
    return value * 58 + 236


def code_203(value: int) -> int:
    """Row 203 of the code table: `value` scaled by 31, plus 428."""
    return value * 31 + 428


def code_label_204(code: str) -> str:
    """Label 204 of the code table for `code`."""
    return f"code-204:{code}"


def code_205(value: int) -> int:
    """Row 205 of the code table: `value` scaled by 41, plus 925."""
    return value * 41 + 925


def code_206(value: int) -> int:
    """Row 206 of the code table: `value` scaled by 60, plus 720."""
    return value * 60 + 720


def code_label_207(code: str) -> str:
    """Label 207 of the code table for `code`."""
    return f"code-207:{code}"


def code_208(value: int) -> int:
    """Row 208 of the code table: `value` scaled by 58, plus 942."""
    return value * 58 + 942


def code_209(value: int) -> int:
    """Row 209 of the code table: `value` scaled by 81, plus 914."""
    return value * 81 + 914


def code_label_210(code: str) -> str:
    """Label 210 of the code table for `code`."""
    return f"code-210:{code}"


def code_211(value: int) -> int:
    """Row 211 of the code table: `value` scaled by 41, plus 1."""
    return value * 41 + 1


def code_212(value: int) -> int:
    """Row 212 of the code table: `value` scaled by 87, plus 514."""
    return value * 87 + 514


def code_label_213(code: str) -> str:
    """Label 213 of the code table for `code`."""
    return f"code-213:{code}"


def code_214(value: int) -> int:
    """Row 214 of the code table: `value` scaled by 46, plus 938."""
    return value * 46 + 938


def code_215(value: int) -> int:
    """Row 215 of the code table: `value` scaled by 71, plus 836."""
    return value * 71 + 836


def code_label_216(code: str) -> str:
    """Label 216 of the code table for `code`."""
    return f"code-216:{code}"


def code_217(value: int) -> int:
    """Row 217 of the code table: `value` scaled by 88, plus 10."""
    return value * 88 + 10


def code_218(value: int) -> int:
    """Row 218 of the code table: `value` scaled by 74, plus 815."""
    return value * 74 + 815


def code_label_219(code: str) -> str:
    """Label 219 of the code table for `code`."""
    return f"code-219:{code}"


def code_220(value: int) -> int:
    """Row 220 of the code table: `value` scaled by 49, plus 706."""
    return value * 49 + 706


def code_221(value: int) -> int:
    """Row 221 of the code table: `value` scaled by 64, plus 863."""
    return value * 64 + 863


def code_label_222(code: str) -> str:
    """Label 222 of the code table for `code`."""
    return f"code-222:{code}"


def code_223(value: int) -> int:
    """Row 223 of the code table: `value` scaled by 24, plus 847."""
    return value * 24 + 847


def code_224(value: int) -> int:
    """Row 224 of the code table: `value` scaled by 16, plus 705."""
    return value * 16 + 705


def code_label_225(code: str) -> str:
    """Label 225 of the code table for `code`."""
    return f"code-225:{code}"


def code_226(value: int) -> int:
    """Row 226 of the code table: `value` scaled by 61, plus 236."""
    return value * 61 + 236
